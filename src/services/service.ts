import type { ZodType } from 'zod';
import { describeError } from '../errors.js';
import type { ClientFactory, SdkClient, SdkClientClass } from '../provider/clients.js';
import type { AccountScope } from '../provider/provider.js';
import { ResourceMap, type AwsResource, type ReadFailure } from './resource-map.js';

/** What a service needs to read an account: its identity and the shared, paced SDK clients. */
export interface ServiceScope {
  account: AccountScope;
  clients: ClientFactory;
}

/**
 * A service reads one AWS service's resources into ResourceMaps. It never throws for AWS errors:
 * each failed read is recorded on the map it was filling, so the runner can report ERROR for that
 * scope while everything that was read stays usable.
 */
export abstract class AwsService {
  /** The name checks use for this service in `uses`; declared first, as `resources` reads it. */
  abstract readonly name: string;
  private readonly maps: ResourceMap<AwsResource>[] = [];

  constructor(protected readonly scope: ServiceScope) {}

  /** Every read that failed while loading this service. */
  get failures(): ReadFailure[] {
    return this.maps.flatMap((map) => [...map.failures]);
  }

  /** A new, tracked map of this service's resources of one kind ("instances", "buckets"). */
  protected resources<T extends AwsResource>(kind: string): ResourceMap<T> {
    const map = new ResourceMap<T>(this.name, kind);
    this.maps.push(map);
    return map;
  }

  abstract load(): Promise<void>;

  protected get account(): AccountScope {
    return this.scope.account;
  }

  protected client<C extends SdkClient>(ClientClass: SdkClientClass<C>, region: string): C {
    return this.scope.clients.get(ClientClass, region);
  }

  /**
   * Runs one read and records its failure on `map` (scoped to `resourceArn` when given). Returns
   * whether it succeeded, for reads that later reads depend on.
   */
  protected async read(
    map: ResourceMap<AwsResource>,
    region: string,
    operation: string,
    work: () => Promise<void>,
    resourceArn?: string,
  ): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      map.fail({ region, operation, message: describeError(error), resourceArn });
      return false;
    }
  }

  protected arn(service: string, region: string, resource: string): string {
    return `arn:${this.account.partition}:${service}:${region}:${this.account.id}:${resource}`;
  }
}

/** A service with resources in every region: loads all scanned regions concurrently. */
export abstract class RegionalService extends AwsService {
  async load(): Promise<void> {
    await Promise.all(this.account.regions.map((region) => this.loadRegion(region)));
  }

  protected abstract loadRegion(region: string): Promise<void>;
}

/** A service with one global control plane (IAM): loads once, in the partition's home region. */
export abstract class GlobalService extends AwsService {
  async load(): Promise<void> {
    await this.loadGlobal(this.account.globalRegion);
  }

  protected abstract loadGlobal(region: string): Promise<void>;
}

/**
 * Validates one API object against the fields a service relies on. A malformed response throws,
 * and `read` records it as a failed read rather than letting a bad shape reach a check.
 */
export function parse<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new MalformedResponseError(`malformed ${what}${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponse';
}

/** AWS tag lists ([{Key, Value}]) as a plain record. */
export function tagRecord(tags: readonly { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) record[tag.Key] = tag.Value ?? '';
  return record;
}

/** True for the AWS errors that mean "this resource has no such configuration", not a failure. */
export function isNotFound(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes(error.name);
}

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
