import type { AccountScope } from '../provider/provider.js';
import type { AwsResource, Listing } from '../services/resource-map.js';

/**
 * The first resource found, in the order Prowler reads regions (the home region first, then the
 * others as scanned) and, within a region, as the listing gave them: the one Prowler names in its
 * "at least one exists" findings. Undefined when none was found, which proves nothing by itself.
 */
export function firstFound<T extends AwsResource>(listing: Listing<T>, account: AccountScope): T | undefined {
  const order = [account.globalRegion, ...account.regions.filter((region) => region !== account.globalRegion)];
  const rank = (resource: T) => {
    const index = order.indexOf(resource.region);
    return index === -1 ? order.length : index;
  };
  return listing.found().reduce<T | undefined>((first, resource) => (first === undefined || rank(resource) < rank(first) ? resource : first), undefined);
}
