import { fail, pass, rated, type Verdict } from './report.js';

/**
 * Prowler's verdict on automatic backups kept `days` days against a `minimum`: enough passes;
 * some, but too few, fails at low severity (better than none); none fails at the check's severity.
 */
export function retentionVerdict(subject: string, backups: string, days: number, minimum: number): Verdict {
  if (days >= minimum) return pass(`${subject} keeps ${backups} for ${days} days.`);
  if (days > 0) return rated(fail(`${subject} keeps ${backups} for only ${days} days, fewer than ${minimum}.`), 'low');
  return fail(`${subject} keeps no ${backups}.`);
}
