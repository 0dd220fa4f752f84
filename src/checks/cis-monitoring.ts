import type { AccountScope } from '../provider/provider.js';
import type { Trail } from '../services/cloudtrail/cloudtrail.js';
import type { MetricAlarm, MetricFilter } from '../services/cloudwatch/cloudwatch.js';
import type { Listing } from '../services/resource-map.js';
import { fail, pass } from './check.js';
import type { Report, Subject } from './report.js';

/** What the CIS monitoring checks read: trails, metric filters and alarms of every scanned region. */
export interface CisMonitoringData {
  cloudtrail: { trails: Listing<Trail> };
  cloudwatch: { metricFilters: Listing<MetricFilter>; alarms: Listing<MetricAlarm> };
  account: AccountScope;
}

/** One required `$.field = value` (or `!=`) term of a filter pattern. */
export interface FilterTerm {
  field: string;
  operator: '=' | '!=';
  value: string;
}

/** What a CIS filter pattern must test, in any order: each event name exactly, the source, other terms. */
export interface RequiredTerms {
  eventNames?: readonly string[];
  eventSource?: string;
  terms?: readonly FilterTerm[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A test of a filter pattern's text that holds when every required term appears somewhere in it,
 * whatever their order and quoting. An event name must end at a word boundary, so CreateRoute is
 * not satisfied by CreateRouteTable.
 */
export function patternRequiring({ eventNames = [], eventSource, terms = [] }: RequiredTerms): RegExp {
  const required = [
    ...(eventSource === undefined ? [] : [`\\$\\.eventSource\\s*=\\s*.?${escapeRegExp(eventSource)}`]),
    ...eventNames.map((name) => `\\$\\.eventName\\s*=\\s*.?${escapeRegExp(name)}\\b`),
    ...terms.map(({ field, operator, value }) => `\\$\\.${escapeRegExp(field)}\\s*${operator}\\s*.?${escapeRegExp(value)}`),
  ];
  return new RegExp(required.map((term) => `(?=.*${term})`).join(''), 's');
}

/**
 * Judges whether the account alerts on the activity `pattern` describes, as CIS asks and Prowler
 * tests it: a metric filter on the log group of any trail (multi-region or not, logging or not)
 * whose pattern matches, and an alarm, in any region, on the filter's metric name. One finding:
 * on the first such filter's log group when it has an alarm; otherwise on the last matching
 * filter's log group (FAIL); otherwise on the account's log groups in the default region (FAIL).
 */
export function judgeCisMonitoring(pattern: RegExp, { cloudtrail, cloudwatch, account }: CisMonitoringData, report: Report): void {
  const region = account.regions.includes(account.globalRegion) ? account.globalRegion : (account.regions[0] ?? account.globalRegion);
  const accountLogGroups: Subject = { arn: `arn:${account.partition}:logs:${region}:${account.id}:log-group`, id: account.id, region };
  report.about(accountLogGroups, () => {
    const trailLogGroups = new Set(cloudtrail.trails.all().flatMap((trail) => (trail.cloudWatchLogsLogGroupArn ? [trail.cloudWatchLogsLogGroupArn.split(':')[6]] : [])));
    const regionOrder = (filter: MetricFilter) => account.regions.indexOf(filter.region);
    const matching = (filters: MetricFilter[]) =>
      filters.filter((filter) => trailLogGroups.has(filter.logGroupName) && pattern.test(filter.pattern)).sort((a, b) => regionOrder(a) - regionOrder(b));
    const alarmedMetrics = new Set(cloudwatch.alarms.found().map((alarm) => alarm.metricName));
    // A filter and alarm that were read prove the alert exists, whatever could not be read.
    const alerting = matching(cloudwatch.metricFilters.found()).find((filter) => alarmedMetrics.has(filter.metricName));
    if (alerting) return pass(`Metric filter ${alerting.id} on log group ${alerting.logGroupName} has an alarm on its metric ${alerting.metricName}.`, logGroupOf(alerting, account));
    const matched = matching(cloudwatch.metricFilters.all());
    cloudwatch.alarms.ensureListed();
    const last = matched.at(-1);
    if (last) return fail(`Metric filter ${last.id} on log group ${last.logGroupName} matches, but no alarm watches its metric ${last.metricName}.`, logGroupOf(last, account));
    return fail('No trail log group has a metric filter with this pattern and an alarm on it.');
  });
}

/** The log group a filter belongs to, under the ARN DescribeLogGroups gives it. */
function logGroupOf(filter: MetricFilter, account: AccountScope): Subject {
  return { arn: `arn:${account.partition}:logs:${filter.region}:${account.id}:log-group:${filter.logGroupName}:*`, id: filter.logGroupName, name: filter.logGroupName, region: filter.region };
}
