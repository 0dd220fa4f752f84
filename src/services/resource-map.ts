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
  /** The collection being filled when the read failed ("instances"). */
  collection?: string;
  operation: string;
  message: string;
  /** Set when only this resource's data is missing; unset when the whole listing failed. */
  resourceArn?: string;
}

/**
 * Thrown when a check (or a collection built on another) asks for data that could not be read.
 * The runner turns it into an ERROR finding naming the failed call, so unread data can end a
 * judgement but never decide one.
 */
export class UnreadDataError extends Error {
  override readonly name = 'UnreadData';

  constructor(readonly failure: ReadFailure) {
    super(`${failure.service} ${failure.operation} failed in ${failure.region}: ${failure.message}`);
  }
}

declare const FIELD: unique symbol;

/**
 * An attribute read by a call of its own, which may have failed while the resource itself was
 * listed. Opaque on purpose: its value is reachable only through `need`, so a check cannot compare
 * an unread attribute with a value and reach a verdict by accident.
 */
export interface Field<T> {
  readonly [FIELD]: T;
}

/** A field's run-time form: its value, or the failure that kept it from being read. */
class FieldState<T> {
  constructor(
    readonly value: T | undefined,
    readonly failure: ReadFailure | undefined,
  ) {}
}

/** A field whose value was read. */
export function known<T>(value: T): Field<T> {
  return new FieldState(value, undefined) as unknown as Field<T>;
}

/** A field that could not be read, carrying the failure that explains why. */
export function unread<T>(failure: ReadFailure): Field<T> {
  return new FieldState<T>(undefined, failure) as unknown as Field<T>;
}

/** The value of a field; ends the judgement as ERROR (via UnreadDataError) when it could not be read. */
export function need<T>(field: Field<T>): T {
  const state = field as unknown as FieldState<T>;
  if (state.failure) throw new UnreadDataError(state.failure);
  return state.value as T;
}

/** A field derived from another read: known when it is, unread for the same reason when not. */
export function mapField<T, U>(field: Field<T>, derive: (value: T) => U): Field<U> {
  const state = field as unknown as FieldState<T>;
  return state.failure ? unread(state.failure) : known(derive(state.value as T));
}

/** Why a field could not be read; undefined when it was. */
export function failureOf(field: Field<unknown>): ReadFailure | undefined {
  return (field as unknown as FieldState<unknown>).failure;
}

/** Whether a property holds a field (for tests that leave every field unread in turn). */
export function isField(value: unknown): value is Field<unknown> {
  return value instanceof FieldState;
}

/**
 * What a check may do with a collection. Per-resource judging goes through `report.each`, which
 * reports failed listings itself; a judgement about the collection as a whole asks for `all`,
 * which fails as unread when a listing it depends on failed.
 */
export interface Listing<T extends AwsResource> {
  readonly service: string;
  /** The collection's name, as checks declare it in `uses` ("instances", "securityGroups"). */
  readonly name: string;
  /**
   * Every resource (given a region, every resource in it); throws UnreadDataError when a listing
   * failed (that region's), so that absence is never taken for proof.
   */
  all(region?: string): T[];
  /**
   * The resources that were listed, complete or not: enough to prove that something exists, never
   * that something does not. A verdict resting on absence asks `all` first.
   */
  found(): T[];
  /** Throws UnreadDataError unless every listing (given a region, that region's) succeeded. */
  ensureListed(region?: string): void;
  /**
   * The first resource `holds` for: one found settles it whatever else could not be listed; only
   * "none" needs every listing, so it throws UnreadDataError when one failed.
   */
  find(holds: (resource: T) => boolean): T | undefined;
}

/**
 * The resources of one collection, keyed by ARN, together with what could not be read. An empty
 * map with no failures means "listed, none found"; a failure without a resource ARN means "could
 * not list" for that region, so nothing may be concluded from absence there.
 */
export class ResourceMap<T extends AwsResource> implements Listing<T> {
  private readonly resources = new Map<string, T>();
  private readonly readFailures: ReadFailure[] = [];

  constructor(
    readonly service: string,
    readonly name: string,
  ) {}

  add(resource: T): void {
    this.resources.set(resource.arn, resource);
  }

  fail(failure: Omit<ReadFailure, 'service' | 'collection'>): ReadFailure {
    const recorded = { service: this.service, collection: this.name, ...failure };
    this.readFailures.push(recorded);
    return recorded;
  }

  ensureListed(region?: string): void {
    const unlisted = this.listingFailures().find((failure) => region === undefined || failure.region === region);
    if (unlisted) throw new UnreadDataError(unlisted);
  }

  all(region?: string): T[] {
    this.ensureListed(region);
    const resources = [...this.resources.values()];
    return region === undefined ? resources : resources.filter((resource) => resource.region === region);
  }

  found(): T[] {
    return [...this.resources.values()];
  }

  find(holds: (resource: T) => boolean): T | undefined {
    const match = this.found().find(holds);
    if (match === undefined) this.ensureListed();
    return match;
  }

  get failures(): readonly ReadFailure[] {
    return this.readFailures;
  }

  /** Failed listings: each leaves a region whose resources are unknown. */
  listingFailures(): ReadFailure[] {
    return this.readFailures.filter((failure) => failure.resourceArn === undefined);
  }
}

/** A collection's name for messages: `securityGroups` reads "security groups". */
export function collectionWords(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/** The map behind a listing a check was handed; every listing the runner hands out is one. */
export function resourceMapOf<T extends AwsResource>(listing: Listing<T>): ResourceMap<T> {
  if (!(listing instanceof ResourceMap)) throw new TypeError(`${listing.service} ${listing.name} is not a loaded collection`);
  return listing as ResourceMap<T>;
}
