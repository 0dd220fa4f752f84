import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  OrganizationsClient,
  paginateListDelegatedAdministrators,
  paginateListPolicies,
  paginateListTargetsForPolicy,
  type PolicyType,
} from '@aws-sdk/client-organizations';
import { z } from 'zod';
import { defineCollection, isNotFound, parse } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** The largest page Organizations' listings hand out. */
const PAGE_SIZE = 20;

/**
 * The organization the scanned account belongs to, as it sees it. A standalone account still gets
 * one entry, `NOT_AVAILABLE`, under Prowler's placeholder ARN (`arn:<partition>:organizations::<account>:unknown`,
 * ID `unknown`), so that checks can fail it.
 */
export interface Organization extends AwsResource {
  status: 'ACTIVE' | 'NOT_AVAILABLE';
  /** The management account's ID; '' when there is no organization. */
  managementAccountId: string;
}

const OrganizationSchema = z.object({ Arn: z.string(), Id: z.string(), MasterAccountId: z.string().default('') });

const organization = defineCollection<Organization>({
  service: 'organizations',
  name: 'organization',
  scope: 'global',
  async load(context) {
    const client = context.client(OrganizationsClient);
    await context.read('DescribeOrganization', async () => {
      try {
        const response = await client.send(new DescribeOrganizationCommand({}));
        const described = parse(OrganizationSchema, response.Organization, 'organization');
        context.resources.add({ arn: described.Arn, id: described.Id, region: context.region, tags: {}, status: 'ACTIVE', managementAccountId: described.MasterAccountId });
      } catch (error) {
        if (!isNotFound(error, 'AWSOrganizationsNotInUseException')) throw error;
        const arn = `arn:${context.account.partition}:organizations::${context.account.id}:unknown`;
        context.resources.add({ arn, id: 'unknown', region: context.region, tags: {}, status: 'NOT_AVAILABLE', managementAccountId: '' });
      }
    });
  },
});

/** The active organization, or none; throws UnreadDataError when it could not be described. */
function activeOrganization(listing: { all(): Organization[] }): Organization | undefined {
  return listing.all().find((candidate) => candidate.status === 'ACTIVE');
}

/** A member account registered as delegated administrator for some AWS service. */
export interface DelegatedAdministrator extends AwsResource {
  name: string;
  status: string;
}

const DelegatedAdministratorSchema = z.object({ Arn: z.string(), Id: z.string(), Name: z.string().default(''), Status: z.string().default('') });

// Only the management account (or a delegated administrator) may list these: member accounts are
// denied, which is recorded like any other failed listing.
const delegatedAdministrators = defineCollection<DelegatedAdministrator, { organization: typeof organization }>({
  service: 'organizations',
  name: 'delegatedAdministrators',
  scope: 'global',
  needs: { organization },
  async load(context, dependencies) {
    await context.read('ListDelegatedAdministrators', async () => {
      if (!activeOrganization(dependencies.organization)) return;
      const client = context.client(OrganizationsClient);
      const administrators = await context.items(
        'ListDelegatedAdministrators',
        paginateListDelegatedAdministrators({ client, pageSize: PAGE_SIZE }, {}),
        (page) => page.DelegatedAdministrators,
        DelegatedAdministratorSchema,
        'delegated administrator',
      );
      for (const administrator of administrators) {
        context.resources.add({ arn: administrator.Arn, id: administrator.Id, name: administrator.Name, region: context.region, tags: {}, status: administrator.Status });
      }
    });
  },
});

/** The policy types the organization checks judge. */
export const JUDGED_POLICY_TYPES = ['SERVICE_CONTROL_POLICY', 'TAG_POLICY', 'AISERVICES_OPT_OUT_POLICY'] as const satisfies readonly PolicyType[];
export type JudgedPolicyType = (typeof JUDGED_POLICY_TYPES)[number];

/** An organization policy (SCP, tag policy, AI services opt-out policy). */
export interface OrganizationPolicy extends AwsResource {
  name: string;
  type: JudgedPolicyType;
  awsManaged: boolean;
}

const PolicySummarySchema = z.object({ Arn: z.string(), Id: z.string(), Name: z.string().default(''), AwsManaged: z.boolean().default(false) });

const policies = defineCollection<OrganizationPolicy, { organization: typeof organization }>({
  service: 'organizations',
  name: 'policies',
  scope: 'global',
  needs: { organization },
  async load(context, dependencies) {
    await context.read('ListPolicies', async () => {
      if (!activeOrganization(dependencies.organization)) return;
      const client = context.client(OrganizationsClient);
      // ListPolicies takes one type per listing.
      for (const type of JUDGED_POLICY_TYPES) {
        const listed = await context.items(
          'ListPolicies',
          paginateListPolicies({ client, pageSize: PAGE_SIZE }, { Filter: type }),
          (page) => page.Policies,
          PolicySummarySchema,
          'organization policy',
        );
        for (const policy of listed) {
          context.resources.add({ arn: policy.Arn, id: policy.Id, name: policy.Name, region: context.region, tags: {}, type, awsManaged: policy.AwsManaged });
        }
      }
    });
  },
});

/** An organization policy with its document. */
export interface OrganizationPolicyContent extends AwsResource {
  name: string;
  type: JudgedPolicyType;
  /** The policy document as written (JSON), kept unnormalised: the checks read its raw shapes. */
  content: Field<unknown>;
}

// ListPolicies gives no documents: one DescribePolicy per policy, for the checks that read them.
const policyContents = perListedResource<OrganizationPolicyContent, OrganizationPolicy>({
  service: 'organizations',
  name: 'policyContents',
  scope: 'global',
  listed: policies,
  operation: 'DescribePolicy',
  async read(context, policy) {
    const client = context.client(OrganizationsClient);
    const content = await context.field('DescribePolicy', policy.arn, async () => {
      const response = await client.send(new DescribePolicyCommand({ PolicyId: policy.id }));
      const text = parse(z.string(), response.Policy?.Content, 'policy content');
      return JSON.parse(text) as unknown;
    });
    return { arn: policy.arn, id: policy.id, name: policy.name, region: context.region, tags: {}, type: policy.type, content };
  },
});

/** Whether an organization policy is attached to any root, OU or account. */
export interface OrganizationPolicyAttachment extends AwsResource {
  name: string;
  type: JudgedPolicyType;
  attached: Field<boolean>;
}

// One ListTargetsForPolicy per policy (no account-wide form), for the checks about attachment;
// it stops at the first target found, since only whether there is one matters.
const policyAttachments = perListedResource<OrganizationPolicyAttachment, OrganizationPolicy>({
  service: 'organizations',
  name: 'policyAttachments',
  scope: 'global',
  listed: policies,
  operation: 'ListTargetsForPolicy',
  async read(context, policy) {
    const client = context.client(OrganizationsClient);
    const attached = await context.field('ListTargetsForPolicy', policy.arn, async () => {
      for await (const page of paginateListTargetsForPolicy({ client, pageSize: PAGE_SIZE }, { PolicyId: policy.id })) {
        if ((page.Targets ?? []).length > 0) return true;
      }
      return false;
    });
    return { arn: policy.arn, id: policy.id, name: policy.name, region: context.region, tags: {}, type: policy.type, attached };
  },
});

export default { organization, delegatedAdministrators, policies, policyContents, policyAttachments };
