import type { ZodType } from 'zod';
import { DEFAULT_AWS_CONFIG, type AwsConfig } from '../config/aws-config.js';
import { describeError } from '../errors.js';
import type { ClientFactory, SdkClient, SdkClientClass } from '../provider/clients.js';
import type { AccountScope } from '../provider/provider.js';
import { UnreadDataError, known, unread, type AwsResource, type Field, type ReadFailure, type ResourceMap } from './resource-map.js';

/** What a collection needs to read an account: its identity and the shared, paced SDK clients. */
export interface CollectionScope {
  account: AccountScope;
  clients: ClientFactory;
  /**
   * The scan's config keys, for the few reads they shape (secrets ignore patterns, the Shodan API
   * key); Prowler's defaults when not given.
   */
  config?: AwsConfig;
}

/**
 * One kind of resource of one service (EC2 instances, S3 buckets), read with the fewest calls. A
 * regional collection is loaded once per scanned region, a global one once, in the partition's
 * global region. It may need other collections (security groups need the region's network
 * interfaces): those are loaded first, once per scan however many collections need them.
 */
export interface Collection<T extends AwsResource> {
  readonly service: string;
  readonly name: string;
  readonly scope: 'regional' | 'global';
  /** The API's endpoint prefix, where it is not the service's (see regions.ts). */
  readonly endpoint?: string;
  readonly needs: Readonly<Record<string, Collection<AwsResource>>>;
  load(context: LoadContext<T>, dependencies: Readonly<Record<string, ResourceMap<AwsResource>>>): Promise<void>;
}

export type ResourceOf<C> = C extends Collection<infer T> ? T : never;

type LoadedDependencies<Needs> = { readonly [K in keyof Needs]: ResourceMap<ResourceOf<Needs[K]>> };

interface CollectionDefinition<T extends AwsResource, Needs extends Record<string, Collection<AwsResource>>> {
  service: string;
  name: string;
  scope: 'regional' | 'global';
  endpoint?: string;
  needs?: Needs;
  load(context: LoadContext<T>, dependencies: LoadedDependencies<Needs>): Promise<void>;
}

/** Declares a collection; `needs` types the loaded dependencies `load` receives. */
export function defineCollection<T extends AwsResource, Needs extends Record<string, Collection<AwsResource>> = Record<never, never>>(
  definition: CollectionDefinition<T, Needs>,
): Collection<T> {
  return { ...definition, needs: definition.needs ?? {} };
}

/**
 * What a collection's loader works with in one region: the map it fills and helpers that record
 * every failed read on that map instead of throwing it, so one denied call costs only the data it
 * would have brought.
 */
export class LoadContext<T extends AwsResource> {
  constructor(
    readonly resources: ResourceMap<T>,
    readonly region: string,
    private readonly scope: CollectionScope,
  ) {}

  get account(): AccountScope {
    return this.scope.account;
  }

  get config(): AwsConfig {
    return this.scope.config ?? DEFAULT_AWS_CONFIG;
  }

  /** The same collection, read in another region (a global collection that lists per region). */
  inRegion(region: string): LoadContext<T> {
    return new LoadContext(this.resources, region, this.scope);
  }

  client<C extends SdkClient>(ClientClass: SdkClientClass<C>, region: string = this.region): C {
    return this.scope.clients.get(ClientClass, region);
  }

  arn(service: string, resource: string, region: string = this.region): string {
    return `arn:${this.account.partition}:${service}:${region}:${this.account.id}:${resource}`;
  }

  /**
   * Runs one listing (or, with `resourceArn`, one resource's read) and records its failure. A
   * dependency that could not be read fails it with the dependency's own call. Returns whether it
   * succeeded, for reads that later reads depend on.
   */
  async read(operation: string, work: () => Promise<void>, resourceArn?: string): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      this.record(operation, error, resourceArn);
      return false;
    }
  }

  /**
   * Every item of a paginated listing, each validated by `schema` (`what` names it in errors). A
   * failure records the listing as failed in this region; the items read before it are kept, and
   * the recorded failure keeps anyone from taking them for the whole listing.
   */
  async items<Page, Item>(
    operation: string,
    pages: AsyncIterable<Page>,
    itemsOf: (page: Page) => readonly unknown[] | null | undefined,
    schema: ZodType<Item>,
    what: string,
  ): Promise<Item[]> {
    const items: Item[] = [];
    await this.read(operation, async () => {
      for await (const page of pages) for (const raw of itemsOf(page) ?? []) items.push(parse(schema, raw, what));
    });
    return items;
  }

  /** One attribute of one resource, read by a call of its own: known, or unread with the reason. */
  async field<V>(operation: string, resourceArn: string, work: () => V | Promise<V>): Promise<Field<V>> {
    try {
      return known(await work());
    } catch (error) {
      return unread(this.record(operation, error, resourceArn));
    }
  }

  private record(operation: string, error: unknown, resourceArn: string | undefined): ReadFailure {
    const cause = error instanceof UnreadDataError ? error.failure : undefined;
    return this.resources.fail({
      region: this.region,
      operation: cause?.operation ?? operation,
      message: cause?.message ?? describeError(error),
      ...(resourceArn === undefined ? {} : { resourceArn }),
    });
  }
}

/**
 * Validates one API object against the fields a collection relies on. A malformed response
 * throws, and `read` records it as a failed read rather than letting a bad shape reach a check.
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
export function tagRecord(tags: readonly { Key?: string; Value?: string }[] | null | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) record[tag.Key] = tag.Value ?? '';
  return record;
}

/** True for the AWS errors that mean "this resource has no such configuration", not a failure. */
export function isNotFound(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes(error.name);
}

/** The response, or null when AWS answers that the resource has no such configuration. */
export async function unlessAbsent<R>(request: Promise<R>, ...absentErrors: string[]): Promise<R | null> {
  try {
    return await request;
  } catch (error) {
    if (isNotFound(error, ...absentErrors)) return null;
    throw error;
  }
}

/**
 * A value several reads share, computed on first use: a failure is kept and thrown again to each
 * read, so every resource that needed the value records it as its own failure.
 */
export function once<T>(compute: () => T): () => T {
  let outcome: { value: T } | { error: unknown } | undefined;
  return () => {
    if (!outcome) {
      try {
        outcome = { value: compute() };
      } catch (error) {
        outcome = { error };
      }
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}
