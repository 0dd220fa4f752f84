import type { AccountScope } from '../provider/provider.js';
import { notApplicable, type Judgement } from './report.js';

/** A database family served by the RDS API, whose checks judge only the resources of its engine. */
export interface EngineFamily {
  engine: string;
  name: string;
}

export const NEPTUNE: EngineFamily = { engine: 'neptune', name: 'Neptune' };
export const DOCUMENTDB: EngineFamily = { engine: 'docdb', name: 'DocumentDB' };

/**
 * `judge` for the clusters or snapshots of `family`; the RDS listings hold every engine, and the
 * others belong to other checks.
 */
export function ofFamily<T extends { engine: string }>(family: EngineFamily, judge: (resource: T) => Judgement): (resource: T) => Judgement {
  return (resource) => (resource.engine === family.engine ? judge(resource) : notApplicable(`engine ${resource.engine} is not ${family.name}'s`));
}

/**
 * The ARN Prowler reports a Neptune cluster snapshot under: `neptune` where the RDS API says
 * `rds`, so findings about one snapshot compare with Prowler's.
 */
export function neptuneSnapshotArn(account: AccountScope, snapshot: { id: string; region: string }): string {
  return `arn:${account.partition}:neptune:${snapshot.region}:${account.id}:cluster-snapshot:${snapshot.id}`;
}
