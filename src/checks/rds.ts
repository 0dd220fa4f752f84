import type { AccountScope } from '../provider/provider.js';
import type { DbCluster, DbInstance, EventSubscription } from '../services/rds/rds.js';
import { endpointOf, offersService } from '../services/regions.js';
import { resourceMapOf, type AwsResource, type Listing } from '../services/resource-map.js';
import { fail, notApplicable, type Report, type Subject, type Verdict } from './report.js';

/** The engine of the RDS API that the documentdb checks judge; Prowler's rds checks leave it out. */
const DOCUMENTDB_ENGINE = 'docdb';

/** Whether Prowler's rds checks judge this database or snapshot (every engine but DocumentDB's). */
export function judgedByRdsChecks(resource: { engine: string }): boolean {
  return resource.engine !== DOCUMENTDB_ENGINE;
}

export const LEFT_TO_DOCUMENTDB = notApplicable('DocumentDB resources are judged by the documentdb checks.');

/** The master user names AWS suggests by default, which Prowler's rds checks flag. */
const DEFAULT_MASTER_USERNAMES = new Set(['admin', 'postgres']);

export const isDefaultMasterUsername = (username: string): boolean => DEFAULT_MASTER_USERNAMES.has(username);

/** Each engine family's well-known port, keyed by port; an engine belongs when its name contains one of these. */
const DEFAULT_PORTS: ReadonlyMap<number, readonly string[]> = new Map([
  [3306, ['mysql', 'mariadb', 'aurora-mysql']],
  [5432, ['postgres', 'aurora-postgresql']],
  [1521, ['oracle']],
  [1433, ['sqlserver']],
  [50000, ['db2']],
]);

export function usesDefaultPort(engine: string, port: number | null): boolean {
  const families = port === null ? undefined : DEFAULT_PORTS.get(port);
  return families?.some((family) => engine.toLowerCase().includes(family)) ?? false;
}

/** The engines whose names (by substring, as Prowler matches them) support IAM database authentication. */
const IAM_AUTH_ENGINES = ['postgres', 'aurora-postgresql', 'mysql', 'mariadb', 'aurora-mysql', 'aurora'];

export const supportsIamAuth = (engine: string): boolean => IAM_AUTH_ENGINES.some((family) => engine.includes(family));

/** Prowler's subject for a region without the subscription a check asks for: the account's RDS "resource" there. */
export function rdsAccountSubject(account: AccountScope, region: string): Subject {
  return { arn: `arn:${account.partition}:rds:${region}:${account.id}:account`, id: account.id, region, tags: {} };
}

export interface EventSubscriptionJudging {
  /**
   * The verdict about a subscription the check recognises; undefined when the subscription is not
   * one it looks for, which Prowler reports as a failure about the account in that region.
   */
  judge: (subscription: EventSubscription) => Verdict | undefined;
  /** Why the account fails in a region without a recognised subscription. */
  missing: string;
}

/**
 * Prowler's event-subscription checks: one finding per subscription of each region (about the
 * subscription when the check recognises it, else a failure about the account there), and a
 * failure about the account in each region where RDS exists and has no subscription at all.
 * Callers first decide, as Prowler does, whether the account has anything to watch.
 */
export function judgeEventSubscriptions(
  account: AccountScope,
  subscriptions: Listing<EventSubscription>,
  report: Report,
  judging: EventSubscriptionJudging,
): void {
  report.each(subscriptions, (subscription) => judging.judge(subscription) ?? fail(judging.missing, rdsAccountSubject(account, subscription.region)));
  const rdsRegions = account.regions.filter((region) => offersService(endpointOf('rds'), region));
  for (const region of rdsRegions) {
    // A region whose listing failed was reported by `each`: only a complete listing proves there are none.
    const unlisted = resourceMapOf(subscriptions).listingFailures().some((failure) => failure.region === region);
    if (unlisted || subscriptions.found().some((subscription) => subscription.region === region)) continue;
    report.about(rdsAccountSubject(account, region), () => fail(judging.missing));
  }
}

/**
 * Whether the account has resources of the RDS family (not DocumentDB) in some region: one found
 * proves it, and only complete listings prove there are none.
 */
export function hasRdsResources(listing: Listing<AwsResource & { engine: string }>): boolean {
  return listing.found().some(judgedByRdsChecks) || listing.all().some(judgedByRdsChecks);
}

/** Whether a subscription's categories are exactly `expected`, in any order. */
export function sameCategories(categories: readonly string[], expected: readonly string[]): boolean {
  const given = new Set(categories);
  return given.size === expected.length && expected.every((category) => given.has(category));
}

/**
 * The cluster an instance belongs to, as Prowler finds it among the clusters its rds checks list
 * (DocumentDB's left out); undefined when it is not there. Needs the region's cluster listing.
 */
export function clusterOf(instance: DbInstance, clusters: Listing<DbCluster>): DbCluster | undefined {
  if (instance.clusterArn === null) return undefined;
  return clusters.all(instance.region).find((cluster) => cluster.arn === instance.clusterArn && judgedByRdsChecks(cluster));
}
