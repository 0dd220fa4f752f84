/** What every scanned resource carries, whatever its service. */
export interface AwsResource {
  arn: string;
  /** The identifier a person recognises (instance ID, bucket name, key ID). */
  id: string;
  region: string;
  name?: string;
  tags: Record<string, string>;
}

/** A read that did not succeed: a whole listing in a region, or one resource's attribute. */
export interface ReadFailure {
  service: string;
  region: string;
  operation: string;
  message: string;
  /** Set when only this resource's data is missing; unset when the whole listing failed. */
  resourceArn?: string;
}

/**
 * The resources of one kind that a service read, keyed by ARN, together with what could not be
 * read. An empty map with no failures means "listed, none found"; a failure without a resource
 * ARN means "could not list" for that region, so a check must not conclude anything there.
 */
export class ResourceMap<T extends AwsResource> {
  private readonly resources = new Map<string, T>();
  private readonly readFailures: ReadFailure[] = [];

  constructor(
    readonly service: string,
    /** What the map holds, for messages: "instances", "buckets". */
    readonly kind: string,
  ) {}

  add(resource: T): void {
    this.resources.set(resource.arn, resource);
  }

  fail(failure: Omit<ReadFailure, 'service'>): void {
    this.readFailures.push({ service: this.service, ...failure });
  }

  get(arn: string): T | undefined {
    return this.resources.get(arn);
  }

  find(predicate: (resource: T) => boolean): T | undefined {
    for (const resource of this.resources.values()) if (predicate(resource)) return resource;
    return undefined;
  }

  values(): T[] {
    return [...this.resources.values()];
  }

  get size(): number {
    return this.resources.size;
  }

  get failures(): readonly ReadFailure[] {
    return this.readFailures;
  }

  /** True when the listing of this region failed, so absence of resources there proves nothing. */
  regionUnreadable(region: string): boolean {
    return this.readFailures.some((f) => f.region === region && f.resourceArn === undefined);
  }
}
