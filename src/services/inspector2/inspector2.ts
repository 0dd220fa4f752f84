import { BatchGetAccountStatusCommand, Inspector2Client, ListFindingsCommand } from '@aws-sdk/client-inspector2';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * Inspector's state for the account in one region, reported as Prowler reports it: ID
 * `Inspector2`, ARN `arn:…:inspector2:<region>:<account>:inspector2`.
 */
export interface InspectorAccount extends AwsResource {
  /** ENABLED, ENABLING, DISABLED, DISABLING, SUSPENDING, SUSPENDED. */
  status: string;
  /** The scan types' own states; undefined where Inspector names none. */
  ec2Status?: string;
  ecrStatus?: string;
  lambdaStatus?: string;
  lambdaCodeStatus?: string;
}

export interface InspectorActiveFindings extends InspectorAccount {
  hasActiveFindings: Field<boolean>;
}

const StateSchema = z.object({ status: z.string().nullish() }).nullish();

const AccountStatusSchema = z.object({
  accounts: z
    .array(
      z.object({
        state: z.object({ status: z.string() }),
        resourceState: z.object({ ec2: StateSchema, ecr: StateSchema, lambda: StateSchema, lambdaCode: StateSchema }).nullish(),
      }),
    ),
});

const FindingsPageSchema = z.object({ findings: z.array(z.unknown()).nullish() });

/** One BatchGetAccountStatus per region, for the scanned account only. */
const accountStatus = defineCollection<InspectorAccount>({
  service: 'inspector2',
  name: 'accountStatus',
  scope: 'regional',
  async load(context) {
    await context.read('BatchGetAccountStatus', async () => {
      const response = await context.client(Inspector2Client).send(new BatchGetAccountStatusCommand({ accountIds: [context.account.id] }));
      const [account] = parse(AccountStatusSchema, response, 'Inspector account status').accounts;
      // AWS always answers for the account; an emulator may not, and Prowler then reports nothing there.
      if (!account) return;
      const states = account.resourceState;
      context.resources.add({
        arn: context.arn('inspector2', 'inspector2'),
        id: 'Inspector2',
        region: context.region,
        tags: {},
        status: account.state.status,
        ...definedStates({ ec2Status: states?.ec2, ecrStatus: states?.ecr, lambdaStatus: states?.lambda, lambdaCodeStatus: states?.lambdaCode }),
      });
    });
  },
});

function definedStates(states: Record<string, z.infer<typeof StateSchema>>): Record<string, string> {
  return Object.fromEntries(Object.entries(states).flatMap(([key, state]) => (state?.status ? [[key, state.status]] : [])));
}

/**
 * One ListFindings of a single active finding of the account per region where Inspector is
 * enabled: enough to tell whether any exists, for the one check that asks.
 */
const activeFindings = perListedResource<InspectorActiveFindings, InspectorAccount>({
  service: 'inspector2',
  name: 'activeFindings',
  scope: 'regional',
  listed: accountStatus,
  operation: 'BatchGetAccountStatus',
  selects: (account) => account.status === 'ENABLED',
  async read(context, account) {
    const hasActiveFindings = await context.field('ListFindings', account.arn, async () => {
      const filterCriteria = {
        awsAccountId: [{ comparison: 'EQUALS' as const, value: context.account.id }],
        findingStatus: [{ comparison: 'EQUALS' as const, value: 'ACTIVE' }],
      };
      const response = await context.client(Inspector2Client).send(new ListFindingsCommand({ filterCriteria, maxResults: 1 }));
      return (parse(FindingsPageSchema, response, 'Inspector findings').findings ?? []).length > 0;
    });
    return { ...account, hasActiveFindings };
  },
});

export default { accountStatus, activeFindings };
