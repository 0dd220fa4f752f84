/**
 * Starts a regional listing that several reads will await: one call completes many resources'
 * attributes (the network interfaces of every security group, the public snapshots among the
 * account's own). Each dependent resource awaits it inside its own `read`, so a failure leaves
 * only that attribute unknown, per resource, and a check that does not need the attribute still
 * judges the resource. Until those reads await it, the rejection is held here rather than
 * reported as unhandled.
 */
export function sharedListing<T>(listing: Promise<T>): Promise<T> {
  listing.catch(() => undefined);
  return listing;
}
