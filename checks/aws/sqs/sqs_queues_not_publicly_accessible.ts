import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { CALLER_KEYS, hasPublicPrincipal } from '../../../src/checks/policy/public-policy.js';
import type { PolicyStatement } from '../../../src/services/policy.js';

type Condition = NonNullable<PolicyStatement['Condition']>;

/**
 * Operators (matched exactly) and the context keys under them that count as a limit for this
 * check: Prowler tolerates cross-account access here, so naming the key is enough, whatever value.
 */
const LIMITING_KEYS: Readonly<Record<string, readonly string[]>> = {
  StringEquals: CALLER_KEYS,
  StringLike: CALLER_KEYS,
  ArnLike: ['aws:sourcearn', 'aws:principalarn'],
  ArnEquals: ['aws:sourcearn', 'aws:principalarn'],
};

export default defineCheck({
  id: 'sqs_queues_not_publicly_accessible',
  uses: { sqs: ['queues'] },
  run({ sqs }, report) {
    report.each(sqs.queues, (queue) => {
      const { policy } = need(queue.attributes);
      const open = (policy?.Statement ?? []).some((statement) => statement.Effect === 'Allow' && hasPublicPrincipal(statement) && !(statement.Condition && limitsCallers(statement.Condition)));
      return verdict(!open, `SQS queue ${queue.name} is not public.`, `SQS queue ${queue.name} is public: its policy lets anyone in without a condition that limits the caller.`);
    });
  },
});

function limitsCallers(condition: Condition): boolean {
  return Object.entries(LIMITING_KEYS).some(([operator, keys]) => {
    const named = Object.entries(condition[operator] ?? {}).filter(([, value]) => typeof value === 'string' || Array.isArray(value));
    return named.some(([key]) => keys.includes(key.toLowerCase()));
  });
}
