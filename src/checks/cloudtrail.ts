import type { AccountScope } from '../provider/provider.js';
import type { ApiCaller } from '../services/cloudtrail/threat-events.js';
import type { EventSelector, FieldSelector, TrailEventSelectors } from '../services/cloudtrail/cloudtrail.js';
import type { Listing } from '../services/resource-map.js';
import { fail, pass, type Report, type Subject } from './report.js';

/**
 * The subject of a CloudTrail finding about the account rather than a trail, as Prowler names it:
 * the account's trail ARN template in `region`, the scan's global region unless given.
 */
export function trailAccountSubject(account: AccountScope, region: string = reportRegion(account)): Subject {
  return { arn: `arn:${account.partition}:cloudtrail:${region}:${account.id}:trail`, id: account.id, region };
}

/** The region account-wide CloudTrail findings are reported in: the global region when scanned. */
function reportRegion(account: AccountScope): string {
  return account.regions.includes(account.globalRegion) ? account.globalRegion : (account.regions[0] ?? account.globalRegion);
}

const S3_OBJECT = 'AWS::S3::Object';

/**
 * Whether a trail's selectors record S3 object events of the given read/write types in every
 * bucket. Classic selectors must name every bucket; an advanced selector only has to be about S3
 * objects, its other conditions (readOnly, bucket ARNs) unexamined, as in Prowler.
 */
export function s3ObjectSelector(selectors: TrailEventSelectors, partition: string, readWriteTypes: readonly string[]): 'classic' | 'advanced' | undefined {
  // Each of these values means "every bucket, current and future".
  const everyBucket = [`arn:${partition}:s3`, `arn:${partition}:s3:::`, `arn:${partition}:s3:::*/*`];
  const classic = selectors.classic.some(
    (selector) =>
      readWriteTypes.includes(selector.readWriteType) &&
      selector.dataResources.some((resource) => resource.type === S3_OBJECT && resource.values.some((value) => everyBucket.includes(value))),
  );
  if (classic) return 'classic';
  const advanced = selectors.advanced.some((selector) =>
    selector.fieldSelectors.some((condition) => condition.field === 'resources.type' && condition.equals[0] === S3_OBJECT),
  );
  return advanced ? 'advanced' : undefined;
}

/** Whether a classic selector records management events of every kind, reads and writes. */
export function recordsAllManagementEvents(selector: EventSelector): boolean {
  return selector.readWriteType === 'All' && selector.includeManagementEvents;
}

/**
 * Whether `value` satisfies one advanced selector condition: every operator it sets must hold
 * (a condition without operators holds for anything).
 */
export function fieldConditionHolds(value: string, condition: FieldSelector): boolean {
  const { equals, notEquals, startsWith, notStartsWith, endsWith, notEndsWith } = condition.conditions;
  return (
    (equals === undefined || equals.includes(value)) &&
    (notEquals === undefined || !notEquals.includes(value)) &&
    (startsWith === undefined || startsWith.some((prefix) => value.startsWith(prefix))) &&
    (notStartsWith === undefined || !notStartsWith.some((prefix) => value.startsWith(prefix))) &&
    (endsWith === undefined || endsWith.some((suffix) => value.endsWith(suffix))) &&
    (notEndsWith === undefined || !notEndsWith.some((suffix) => value.endsWith(suffix)))
  );
}

/** Whether the conditions on `field` exist and all let `value` through. */
export function fieldAdmits(fieldSelectors: readonly FieldSelector[], field: string, value: string): boolean {
  const onField = fieldSelectors.filter((condition) => condition.field === field);
  return onField.length > 0 && onField.every((condition) => fieldConditionHolds(value, condition));
}

/** How a threat-detection check names its search in findings. */
interface ThreatSearch {
  /** "enumeration", "LLM jacking", "privilege escalation". */
  attack: string;
  /** How many actions the search is made of, duplicates included, as Prowler counts them. */
  actionCount: number;
  /** The share of the actions above which an identity is flagged. */
  threshold: number;
}

/**
 * Prowler's threat-detection verdict: FAIL for each identity that called more than `threshold` of
 * the searched actions, otherwise one PASS for the account.
 */
export function judgeApiCallers(callers: Listing<ApiCaller>, account: AccountScope, search: ThreatSearch, report: Report): void {
  const { attack, actionCount, threshold } = search;
  const subject = trailAccountSubject(account);
  report.about(subject, () => {
    const flagged = callers.all().filter((caller) => caller.actions.length / actionCount > threshold);
    if (flagged.length === 0) return pass(`No identity called enough of the searched actions to suggest ${attack}.`);
    return flagged.map((caller) => {
      const share = Math.round((caller.actions.length / actionCount) * 100) / 100;
      const detail = `Possible ${attack} by ${caller.identityType} ${caller.id}: it called ${share} of the searched actions (threshold ${threshold}).`;
      return fail(detail, { arn: caller.arn, id: caller.id, region: subject.region });
    });
  });
}
