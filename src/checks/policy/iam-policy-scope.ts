import type { ScanOptions } from '../check.js';
import { notApplicable, type Verdict } from '../report.js';
import type { IamInlinePolicy, IamManagedPolicy } from '../../services/iam/iam.js';

/**
 * Why Prowler's custom-policy checks skip a managed policy, or undefined when they judge it: they
 * judge customer managed policies, and unattached ones only when unused resources are scanned.
 */
export function customPolicySkipped(policy: IamManagedPolicy, options: ScanOptions): Verdict | undefined {
  if (policy.awsManaged) return notApplicable('an AWS managed policy');
  if (policy.attachmentCount === 0 && !options.scanUnusedServices) return notApplicable('attached to nothing, and unused resources are not scanned');
  return undefined;
}

/** "Inline policy <name> of <kind> <owner>", for details about an inline policy. */
export function inlinePolicyTitle(policy: IamInlinePolicy): string {
  return `Inline policy ${policy.name} of ${policy.identity.kind} ${policy.identity.name}`;
}

/** A verdict on an inline policy, reported under its identity's ARN: inline policies have none of their own. */
export function aboutInlinePolicy(policy: IamInlinePolicy, judged: Verdict): Verdict {
  return { ...judged, subject: { arn: policy.identity.arn } };
}
