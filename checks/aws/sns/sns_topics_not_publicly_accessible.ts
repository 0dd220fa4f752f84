import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import type { Verdict } from '../../../src/checks/report.js';
import { hasPublicPrincipal } from '../../../src/checks/policy/public-policy.js';
import { conditionConfinesToAccount } from '../../../src/checks/policy/trusted-accounts.js';
import type { PolicyStatement } from '../../../src/services/policy.js';

type Condition = NonNullable<PolicyStatement['Condition']>;

/** What a subscription endpoint must look like to count as pinned: an address, an HTTPS URL or a topic ARN, without wildcards. */
const PINNED_ENDPOINT = /^(?:.+@[^*]+|https:\/\/[^*]+|arn:aws:sns:[^*]+)$/;

export default defineCheck({
  id: 'sns_topics_not_publicly_accessible',
  uses: { sns: ['topics'] },
  run({ sns, account }, report) {
    report.each(sns.topics, (topic) => {
      const { policy } = need(topic.attributes);
      const publicly = `SNS topic ${topic.name} is public: its policy lets anyone in.`;
      const limits: string[] = [];
      // Statements are weighed in order, as Prowler does: the first public one without a limit
      // fails the topic, and one limited by a source ARN settles it as not public.
      for (const statement of policy?.Statement ?? []) {
        if (statement.Effect !== 'Allow' || !hasPublicPrincipal(statement)) continue;
        const condition = statement.Condition;
        if (condition === undefined) return fail(publicly);
        if (pinsSourceArn(condition)) break;
        const limit = describeLimit(condition, account.id);
        if (limit === null) return fail(publicly);
        limits.push(limit);
      }
      return notPublic(topic.name, limits);
    });
  },
});

function notPublic(name: string, limits: readonly string[]): Verdict {
  const because = limits.length > 0 ? `; public statements are limited to ${[...new Set(limits)].join(' or ')}` : '';
  return pass(`SNS topic ${name} is not public${because}.`);
}

/** How a public statement's condition limits callers; null when it does not. */
function describeLimit(condition: Condition, account: string): string | null {
  const toAccount = conditionConfinesToAccount(condition, account);
  const toOrganization = pinsOrganization(condition);
  if (toAccount && toOrganization) return `account ${account} and an organization`;
  if (toAccount) return `account ${account}`;
  if (toOrganization) return 'an organization';
  if (pinsEndpoint(condition)) return 'a subscription endpoint';
  return null;
}

/** Condition keys are case-insensitive; operators, for Prowler, are not. */
function valueOf(condition: Condition, operator: string, key: string): unknown {
  return Object.entries(condition[operator] ?? {}).find(([name]) => name.toLowerCase() === key)?.[1];
}

/**
 * The first aws:SourceArn found, under any operator, decides: it pins the source unless one of
 * its values is a broad wildcard (`*`, three or more `*`, or ending in `:*`).
 */
function pinsSourceArn(condition: Condition): boolean {
  for (const operator of Object.keys(condition)) {
    const value = valueOf(condition, operator, 'aws:sourcearn');
    if (value === undefined) continue;
    const arns = Array.isArray(value) ? value : [value];
    return arns.every((arn) => typeof arn === 'string' && arn !== '*' && arn.split('*').length <= 3 && !arn.endsWith(':*'));
  }
  return false;
}

/** aws:PrincipalOrgID under StringEquals or StringLike without a wildcard; a later list with `*` voids an earlier one. */
function pinsOrganization(condition: Condition): boolean {
  let pinned = false;
  for (const operator of ['StringEquals', 'StringLike']) {
    const value = valueOf(condition, operator, 'aws:principalorgid');
    if (Array.isArray(value)) pinned = !value.includes('*');
    else if (typeof value === 'string' && !value.includes('*')) pinned = true;
  }
  return pinned;
}

function pinsEndpoint(condition: Condition): boolean {
  return ['StringEquals', 'StringLike'].some((operator) => {
    const value = valueOf(condition, operator, 'sns:endpoint');
    return typeof value === 'string' && PINNED_ENDPOINT.test(value);
  });
}
