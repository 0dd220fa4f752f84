import type { AccountScope } from '../provider/provider.js';
import type { AwsResource, ResourceMap } from '../services/resource-map.js';
import type { Status } from './check.js';

/** What a finding is about: a resource, or the account itself for account-wide settings. */
export interface Subject {
  arn: string;
  id: string;
  region: string;
  name?: string;
  tags?: Record<string, string>;
}

export interface CheckResult {
  status: Exclude<Status, 'ERROR'>;
  subject: Subject;
  detail: string;
}

/**
 * Collects a check's verdicts. Reading resources through `from` also tells the runner which maps
 * the check depended on, so their unread regions and resources become ERROR findings; a check has
 * no way to report ERROR itself, and no need to.
 */
export class Report {
  readonly results: CheckResult[] = [];
  readonly sources = new Set<ResourceMap<AwsResource>>();

  from<T extends AwsResource>(map: ResourceMap<T>): T[] {
    this.sources.add(map);
    return map.values();
  }

  pass(subject: Subject, detail: string): void {
    this.results.push({ status: 'PASS', subject, detail });
  }

  fail(subject: Subject, detail: string): void {
    this.results.push({ status: 'FAIL', subject, detail });
  }

  manual(subject: Subject, detail: string): void {
    this.results.push({ status: 'MANUAL', subject, detail });
  }

  /** `pass` when `passed`, else `fail`: for checks whose two outcomes differ only in wording. */
  verdict(passed: boolean, subject: Subject, passDetail: string, failDetail: string): void {
    if (passed) this.pass(subject, passDetail);
    else this.fail(subject, failDetail);
  }
}

/** The account as a finding's subject, for account-wide settings (password policy, root user). */
export function accountSubject(account: AccountScope, region: string = account.globalRegion): Subject {
  return { arn: `arn:${account.partition}:iam::${account.id}:root`, id: account.id, region };
}
