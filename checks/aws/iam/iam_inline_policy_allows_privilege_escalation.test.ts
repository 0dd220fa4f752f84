import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../../src/services/policy.js';
import { findingsOf, testCheck } from '../../../test/helpers/check-cases.js';
import { fixtureArn } from '../../../test/helpers/fixtures/account.js';
import { inlinePolicy } from '../../../test/helpers/fixtures/iam.js';
import { inlinePolicyCases } from '../../../test/helpers/fixtures/iam-policy-analysis.js';
import check from './iam_inline_policy_allows_privilege_escalation.js';

const SELF_ESCALATION: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['iam:PutUserPolicy'], Resource: ['arn:aws:iam::111122223333:user/alice'] }] };

testCheck(check, [
  ...inlinePolicyCases(SELF_ESCALATION),
  {
    name: 'the escalating actions are named; a partial combination passes',
    given: ({ iam }) => {
      iam.inlinePolicies.add(inlinePolicy('user', 'alice', 'self', { document: SELF_ESCALATION }));
      const ec2 = { Statement: [{ Effect: 'Allow' as const, Action: ['ec2:RunInstances', 'ec2:Describe*'], Resource: ['*'] }] };
      iam.inlinePolicies.add(inlinePolicy('role', 'ops', 'ec2', { document: ec2 }));
    },
    expect: [
      { status: 'FAIL', resource: 'alice/self', detail: 'through iam:PutUserPolicy.' },
      { status: 'PASS', resource: 'ops/ec2' },
    ],
  },
]);

describe('iam_inline_policy_allows_privilege_escalation findings', () => {
  it("name the identity's ARN, as inline policies have none", () => {
    const findings = findingsOf(check, ({ iam }) => iam.inlinePolicies.add(inlinePolicy('user', 'alice', 'self', { document: SELF_ESCALATION })));
    expect(findings.map((finding) => finding.resource.arn)).toEqual([fixtureArn('iam', '', 'user/alice')]);
  });
});
