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
 * Collects a check's verdicts. Reading resources through `from` or `consult` also tells the runner
 * which maps the check depended on, so their unread regions and resources become ERROR findings
 * naming the failed call; a check never reports ERROR itself.
 */
export class Report {
  readonly results: CheckResult[] = [];
  /** Maps whose resources the check judges. */
  readonly sources = new Set<ResourceMap<AwsResource>>();
  /** Maps the check only looks things up in. */
  readonly consulted = new Set<ResourceMap<AwsResource>>();
  readonly undetermined: { subject: Subject; source: AwsResource }[] = [];

  /** The resources this check judges: any of them left without a verdict for want of data is ERROR. */
  from<T extends AwsResource>(map: ResourceMap<T>): T[] {
    this.sources.add(map);
    return map.values();
  }

  /**
   * Resources this check only consults to judge something else (a trail's bucket). A region that
   * could not be listed is ERROR; an unreadable resource matters only if `undeterminable` names it.
   */
  consult<T extends AwsResource>(map: ResourceMap<T>): T[] {
    this.consulted.add(map);
    return map.values();
  }

  /** `subject` cannot be judged because data of the consulted `source` could not be read. */
  undeterminable(subject: Subject, source: AwsResource): void {
    this.undetermined.push({ subject, source });
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
