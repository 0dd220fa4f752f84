import { isField, need, type AwsResource, type Field, type ReadFailure, type ResourceMap } from '../../src/services/resource-map.js';

/** A resource as a test compares it: each field replaced by its value. */
export type Read<T> = { [K in keyof T]: T[K] extends Field<infer V> ? V : T[K] };

/** The resource with every field read through `need`: an unread field throws, naming its failed call. */
export function readFields<T extends AwsResource>(resource: T): Read<T> {
  return Object.fromEntries(Object.entries(resource).map(([key, value]) => [key, isField(value) ? need(value) : value])) as Read<T>;
}

/** The resource listed under `arn`, its fields read; throws when a listing failed or nothing has that ARN. */
export function resourceAt<T extends AwsResource>(map: ResourceMap<T>, arn: string): T {
  const resource = map.all().find((candidate) => candidate.arn === arn);
  if (!resource) throw new Error(`${map.service} ${map.name} has no ${arn} among ${map.found().map((r) => r.arn).join(', ') || 'nothing'}`);
  return resource;
}

/** Every listed resource of a collection, its fields read; throws when a listing failed. */
export function readAll<T extends AwsResource>(map: ResourceMap<T>): Read<T>[] {
  return map.all().map(readFields);
}

/** Every read that failed in the given collections. */
export function failuresIn(maps: Readonly<Record<string, ResourceMap<AwsResource>>>): ReadFailure[] {
  return Object.values(maps).flatMap((map) => [...map.failures]);
}
