import { FMSClient, paginateListComplianceStatus, paginateListPolicies } from '@aws-sdk/client-fms';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * The account's standing in Firewall Manager, as one resource: whether FMS takes it for its
 * administrator and, if so, its policies. The ARN is Prowler's `arn:<partition>:fms:<region>:<account>:policy`
 * and `id` the account ID, which is what Prowler reports when no single policy is to blame.
 */
export interface FirewallManagerAdministration extends AwsResource {
  /** False when FMS answers that this account is not its administrator (no default admin, or not one). */
  administrator: boolean;
  /** In the order ListPolicies names them. */
  policies: FirewallManagerPolicy[];
}

export interface FirewallManagerPolicy {
  arn: string;
  id: string;
  name: string;
  /** One entry per member account the policy applies to. */
  memberCompliance: Field<MemberCompliance[]>;
}

export interface MemberCompliance {
  account: string;
  /** COMPLIANT or NON_COMPLIANT from the first evaluation result; '' when FMS has evaluated nothing. */
  status: string;
}

const PolicySchema = z.object({ PolicyArn: z.string(), PolicyId: z.string(), PolicyName: z.string().nullish() });

const ComplianceSchema = z.object({
  MemberAccount: z.string().nullish(),
  EvaluationResults: z.array(z.object({ ComplianceStatus: z.string().nullish() })).nullish(),
});

/** ListPolicies and ListComplianceStatus answer at most 100 items a page. */
const PAGE_SIZE = 100;

/** How FMS words an AccessDenied that means "this account is not the administrator", not "you may not ask". */
const NOT_ADMINISTRATOR_MESSAGES = [
  'No default admin could be found for account',
  'Operation ListPolicies is only available to AWS Firewall Manager Administrators',
];

function saysNotAdministrator(error: unknown): boolean {
  return error instanceof Error && error.name === 'AccessDeniedException' && NOT_ADMINISTRATOR_MESSAGES.some((message) => error.message.includes(message));
}

/**
 * Firewall Manager is read once, in the partition's global region, where Prowler reads it. Each
 * policy's compliance takes paginated ListComplianceStatus calls of its own.
 */
const administration = defineCollection<FirewallManagerAdministration>({
  service: 'fms',
  name: 'administration',
  scope: 'global',
  async load(context) {
    const client = context.client(FMSClient);
    const resource = { arn: context.arn('fms', 'policy'), id: context.account.id, region: context.region, tags: {} };
    const summaries: z.infer<typeof PolicySchema>[] = [];
    let administrator = true;
    const listed = await context.read('ListPolicies', async () => {
      try {
        for await (const page of paginateListPolicies({ client, pageSize: PAGE_SIZE }, {})) {
          for (const raw of page.PolicyList ?? []) summaries.push(parse(PolicySchema, raw, 'Firewall Manager policy'));
        }
      } catch (error) {
        if (!saysNotAdministrator(error)) throw error;
        administrator = false;
      }
    });
    if (!listed) return;
    const policies = await readEach(summaries, async (summary): Promise<FirewallManagerPolicy> => ({
      arn: summary.PolicyArn,
      id: summary.PolicyId,
      name: summary.PolicyName ?? summary.PolicyId,
      memberCompliance: await context.field('ListComplianceStatus', summary.PolicyArn, async () => {
        const members: MemberCompliance[] = [];
        for await (const page of paginateListComplianceStatus({ client, pageSize: PAGE_SIZE }, { PolicyId: summary.PolicyId })) {
          for (const raw of page.PolicyComplianceStatusList ?? []) {
            const status = parse(ComplianceSchema, raw, 'policy compliance status');
            members.push({ account: status.MemberAccount ?? '', status: status.EvaluationResults?.[0]?.ComplianceStatus ?? '' });
          }
        }
        return members;
      }),
    }));
    context.resources.add({ ...resource, administrator, policies });
  },
});

export default { administration };
