import { DescribeServicesCommand, DescribeTrustedAdvisorCheckSummariesCommand, DescribeTrustedAdvisorChecksCommand, SupportClient } from '@aws-sdk/client-support';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent, type LoadContext } from '../collection.js';
import { mapField, type AwsResource, type Field } from '../resource-map.js';

/**
 * Whether the account has a Business, Enterprise On-Ramp or Enterprise support plan, which the
 * Support API (and so Trusted Advisor's checks) requires. One per account, under Prowler's
 * `arn:<partition>:trusted-advisor:<support region>:<account>:account`.
 */
export interface SupportPlan extends AwsResource {
  premium: boolean;
}

/** A Trusted Advisor check; `id` is the check's ID. */
export interface AdvisorCheck extends AwsResource {
  name: string;
  /** ok, warning, error or not_available; null when AWS gave no result for the check. */
  status: Field<string | null>;
}

/** How many checks one DescribeTrustedAdvisorCheckSummaries call is asked about. */
const SUMMARIES_PER_CALL = 100;

const CheckSchema = z.object({ id: z.string(), name: z.string() });
const SummarySchema = z.object({ checkId: z.string(), status: z.string() });

/**
 * Where the Support API answers: its one endpoint in the commercial and GovCloud partitions
 * (Prowler calls GovCloud's for the other partitions too). China has none.
 */
function supportRegion(context: LoadContext<AwsResource>): string | undefined {
  switch (context.account.partition) {
    case 'aws':
      return 'us-east-1';
    case 'aws-cn':
      return undefined;
    default:
      return 'us-gov-west-1';
  }
}

/**
 * One DescribeServices call: it succeeds only for accounts with a premium support plan. In China,
 * where there is no Support API, the account counts as without a plan, as in Prowler.
 */
const supportPlan = defineCollection<SupportPlan>({
  service: 'trustedadvisor',
  name: 'supportPlan',
  scope: 'global',
  async load(context) {
    const region = supportRegion(context) ?? context.region;
    const add = (premium: boolean) =>
      context.resources.add({ arn: context.arn('trusted-advisor', 'account', region), id: context.account.id, region, tags: {}, premium });
    if (!supportRegion(context)) return add(false);
    await context.read('DescribeServices', async () => {
      const answered = await unlessAbsent(context.client(SupportClient, region).send(new DescribeServicesCommand({})), 'SubscriptionRequiredException');
      add(answered !== null);
    });
  },
});

/**
 * Trusted Advisor's checks with their current status, read only with a premium support plan: one
 * DescribeTrustedAdvisorChecks call, then the statuses in batches of check IDs (rather than one
 * result call per check).
 */
const checks = defineCollection<AdvisorCheck, { supportPlan: typeof supportPlan }>({
  service: 'trustedadvisor',
  name: 'checks',
  scope: 'global',
  needs: { supportPlan },
  async load(context, dependencies) {
    await context.read('DescribeServices', async () => {
      const region = supportRegion(context);
      if (!region || !dependencies.supportPlan.all().some((plan) => plan.premium)) return;
      const client = context.client(SupportClient, region);
      const inRegion = context.inRegion(region);
      await inRegion.read('DescribeTrustedAdvisorChecks', async () => {
        const response = await client.send(new DescribeTrustedAdvisorChecksCommand({ language: 'en' }));
        const listed = (response.checks ?? []).map((raw) => parse(CheckSchema, raw, 'Trusted Advisor check'));
        for (let start = 0; start < listed.length; start += SUMMARIES_PER_CALL) {
          const batch = listed.slice(start, start + SUMMARIES_PER_CALL);
          const statuses = await inRegion.field('DescribeTrustedAdvisorCheckSummaries', inRegion.arn('trusted-advisor', 'account'), async () => {
            const answer = await client.send(new DescribeTrustedAdvisorCheckSummariesCommand({ checkIds: batch.map((check) => check.id) }));
            return new Map((answer.summaries ?? []).map((raw) => parse(SummarySchema, raw, 'Trusted Advisor check summary')).map((summary) => [summary.checkId, summary.status]));
          });
          for (const check of batch) {
            inRegion.resources.add({
              arn: inRegion.arn('trusted-advisor', `check/${check.id}`),
              id: check.id,
              name: check.name,
              region,
              tags: {},
              status: mapField(statuses, (byId) => byId.get(check.id) ?? null),
            });
          }
        }
      });
    });
  },
});

export default { supportPlan, checks };
