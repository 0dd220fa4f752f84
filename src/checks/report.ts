import type { AccountScope } from '../provider/provider.js';
import { UnreadDataError, collectionWords, resourceMapOf, type AwsResource, type Listing, type ReadFailure } from '../services/resource-map.js';
import type { Severity, Status } from './check.js';

/** What a finding is about: a resource, or the account itself for account-wide settings. */
export interface Subject {
  arn: string;
  id: string;
  region: string;
  name?: string;
  tags?: Record<string, string>;
}

/**
 * A check's word on one subject. NOT_APPLICABLE is said, never inferred: a resource the check
 * does not judge (a terminated instance) yields no finding, and says why.
 */
export interface Verdict {
  status: Exclude<Status, 'ERROR'> | 'NOT_APPLICABLE';
  detail: string;
  /** Overrides of the judged subject, for several findings about one resource (each access key of a user). */
  subject?: Partial<Subject>;
  /**
   * This finding's severity when it differs from the check's: Prowler rates some findings by what
   * they expose (an open port on an instance with a public IP in a public subnet is critical, the
   * same port on a private instance medium).
   */
  severity?: Severity;
}

/** One verdict, or several findings about the same subject. */
export type Judgement = Verdict | readonly Verdict[];

export const pass = (detail: string, subject?: Partial<Subject>): Verdict => ({ status: 'PASS', detail, subject });
export const fail = (detail: string, subject?: Partial<Subject>): Verdict => ({ status: 'FAIL', detail, subject });
export const manual = (detail: string, subject?: Partial<Subject>): Verdict => ({ status: 'MANUAL', detail, subject });
export const notApplicable = (reason: string): Verdict => ({ status: 'NOT_APPLICABLE', detail: reason });

/** The same verdict, rated at `severity` instead of its check's severity. */
export const rated = (verdict: Verdict, severity: Severity): Verdict => ({ ...verdict, severity });

/** PASS when `passed`, else FAIL: for checks whose two outcomes differ only in wording. */
export function verdict(passed: boolean, passDetail: string, failDetail: string): Verdict {
  return passed ? pass(passDetail) : fail(failDetail);
}

export interface CheckResult {
  status: Status;
  subject: Subject;
  detail: string;
  /** Set only when the verdict rated this finding other than its check. */
  severity?: Severity;
}

/**
 * Collects a check's results. Every verdict is given inside a scope (`each` resource, or `about`
 * one subject): data that could not be read ends that scope as ERROR naming the failed call, and
 * leaves the check's other subjects to be judged.
 */
export class Report {
  readonly results: CheckResult[] = [];
  /** Subjects the check said it does not judge, with why: kept for tests, never written out. */
  readonly notApplicable: { subject: Subject; reason: string }[] = [];

  /**
   * Judges every listed resource. A region whose listing failed is one ERROR there: its resources
   * are unknown, so the check can say nothing about them. Returns how many regions and resources
   * were left unjudged that way, for checks that conclude about the whole account afterwards.
   */
  each<T extends AwsResource>(listing: Listing<T>, judge: (resource: T) => Judgement): number {
    const map = resourceMapOf(listing);
    const unlisted = map.listingFailures();
    for (const failure of unlisted) this.unread(failure);
    return unlisted.length + map.found().filter((resource) => !this.about(resource, () => judge(resource))).length;
  }

  /** Judges one subject; unread data the judgement needed makes it ERROR instead (and returns false). */
  about(subject: Subject, judge: () => Judgement): boolean {
    let judgement: Judgement;
    try {
      judgement = judge();
    } catch (error) {
      if (!(error instanceof UnreadDataError)) throw error;
      this.unread(error.failure, subject);
      return false;
    }
    for (const verdict of isVerdict(judgement) ? [judgement] : judgement) {
      const judged = { ...subject, ...verdict.subject };
      if (verdict.status === 'NOT_APPLICABLE') this.notApplicable.push({ subject: judged, reason: verdict.detail });
      else this.results.push({ status: verdict.status, subject: judged, detail: verdict.detail, ...(verdict.severity ? { severity: verdict.severity } : {}) });
    }
    return true;
  }

  /** ERROR for data that could not be read: about `subject`, or about the failed listing itself. */
  unread(failure: ReadFailure, subject?: Subject): void {
    const failed = `${failure.service} ${failure.operation} failed (${failure.message})`;
    if (subject && failure.resourceArn !== undefined && failure.resourceArn !== subject.arn) {
      this.addError(subject, `Could not judge ${subject.id}: ${failure.service} ${failure.operation} failed for ${lastSegment(failure.resourceArn)} (${failure.message}).`);
    } else if (subject) {
      this.addError(subject, `Could not judge ${subject.id}: ${failed}.`);
    } else if (failure.resourceArn !== undefined) {
      this.addError({ arn: failure.resourceArn, id: lastSegment(failure.resourceArn), region: failure.region }, `Could not read ${failure.resourceArn}: ${failed}.`);
    } else {
      const id = `${failure.service}:${failure.operation}`;
      const what = failure.collection ? collectionWords(failure.collection) : 'resources';
      this.addError(
        { arn: `${id}:${failure.region}`, id, region: failure.region },
        `Could not list ${failure.service} ${what} in ${failure.region}: ${failure.operation} failed (${failure.message}).`,
      );
    }
  }

  private addError(subject: Subject, detail: string): void {
    const duplicate = this.results.some((r) => r.status === 'ERROR' && r.subject.arn === subject.arn && r.subject.region === subject.region && r.detail === detail);
    if (!duplicate) this.results.push({ status: 'ERROR', subject, detail });
  }
}

/**
 * The first item `holds` is true for, in three-valued logic: an item whose data could not be read
 * is passed over while another may still hold; when none holds, the first unread one ends the
 * judgement as unread, since it might have.
 */
export function firstWhere<T>(items: readonly T[], holds: (item: T) => boolean): T | undefined {
  let unread: UnreadDataError | undefined;
  for (const item of items) {
    try {
      if (holds(item)) return item;
    } catch (error) {
      if (!(error instanceof UnreadDataError)) throw error;
      unread ??= error;
    }
  }
  if (unread) throw unread;
  return undefined;
}

/** The name at the end of an ARN: `trail/audit` gives `audit`, `:::bucket` gives `bucket`. */
function lastSegment(arn: string): string {
  return arn.split(/[:/]/).pop() ?? arn;
}

function isVerdict(judgement: Judgement): judgement is Verdict {
  return !Array.isArray(judgement);
}

/** The account as a finding's subject, for account-wide settings (password policy, root user). */
export function accountSubject(account: AccountScope, region: string = account.globalRegion): Subject {
  return { arn: `arn:${account.partition}:iam::${account.id}:root`, id: account.id, region };
}
