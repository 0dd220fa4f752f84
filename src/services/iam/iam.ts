import { setTimeout as sleep } from 'node:timers/promises';
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
} from '@aws-sdk/client-iam';
import { z } from 'zod';
import { defineCollection, isNotFound, once, parse, tagRecord, type LoadContext } from '../collection.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';
import { parseCredentialReport, type CredentialReportEntry } from './credential-report.js';

export type { AccessKeyStatus, CredentialReportEntry } from './credential-report.js';

export interface AttachedPolicy {
  name: string;
  arn: string;
}

/** A user, group or role, with the policies granted to it directly. */
export interface IamIdentity extends AwsResource {
  name: string;
  attachedPolicies: AttachedPolicy[];
  inlinePolicyNames: string[];
}

export type IdentityKind = 'user' | 'group' | 'role';

/**
 * A policy embedded in one user, group or role. Inline policies have no ARN: `arn` is the
 * identity's ARN followed by `:policy/<name>`, only so that each has its own key; findings name
 * the identity's ARN, as Prowler does.
 */
export interface IamInlinePolicy extends AwsResource {
  name: string;
  identity: { kind: IdentityKind; name: string; arn: string };
  document: Field<PolicyDocument>;
}

/** A customer managed policy, or an AWS managed policy that is attached to something here. */
export interface IamManagedPolicy extends AwsResource {
  name: string;
  awsManaged: boolean;
  /** Users, groups and roles the policy is attached to (permissions boundaries not counted). */
  attachmentCount: number;
  /** The default version's document. */
  document: Field<PolicyDocument>;
}

export interface PasswordPolicyRules {
  minimumLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercase: boolean;
  requireLowercase: boolean;
  allowUsersToChangePassword: boolean;
  expirePasswords: boolean;
  maxAgeDays: number | null;
  /** How many previous passwords a user may not reuse; null when reuse is not restricted. */
  reusePrevention: number | null;
  hardExpiry: boolean | null;
}

/** The account's password policy, reported under Prowler's `...:password-policy` ARN. */
export interface IamPasswordPolicy extends AwsResource {
  /** null: the account sets none (IAM's default applies). */
  rules: Field<PasswordPolicyRules | null>;
}

const AUTHORIZATION_DETAILS = 'GetAccountAuthorizationDetails';

/** How long to wait for AWS to finish a credential report before calling the read failed. */
const CREDENTIAL_REPORT_WAIT_MS = 60_000;
const CREDENTIAL_REPORT_MAX_POLL_MS = 5_000;

const TagsSchema = z.array(z.object({ Key: z.string(), Value: z.string() })).nullish();
const AttachedPoliciesSchema = z
  .array(z.object({ PolicyName: z.string(), PolicyArn: z.string() }))
  .nullish()
  .transform((list): AttachedPolicy[] => (list ?? []).map((p) => ({ name: p.PolicyName, arn: p.PolicyArn })));
const InlinePoliciesSchema = z
  .array(z.object({ PolicyName: z.string(), PolicyDocument: z.string() }))
  .nullish()
  .transform((list) => list ?? []);

interface IdentityDetail {
  name: string;
  arn: string;
  tags: Record<string, string>;
  attachedPolicies: AttachedPolicy[];
  inlinePolicies: { PolicyName: string; PolicyDocument: string }[];
}

// Users, groups and roles arrive in three shapes that differ in field names only.
const UserDetailSchema = z
  .object({
    UserName: z.string(),
    Arn: z.string(),
    UserPolicyList: InlinePoliciesSchema,
    AttachedManagedPolicies: AttachedPoliciesSchema,
    Tags: TagsSchema,
  })
  .transform(
    (user): IdentityDetail => ({
      name: user.UserName,
      arn: user.Arn,
      tags: tagRecord(user.Tags ?? []),
      attachedPolicies: user.AttachedManagedPolicies,
      inlinePolicies: user.UserPolicyList,
    }),
  );

const GroupDetailSchema = z
  .object({
    GroupName: z.string(),
    Arn: z.string(),
    GroupPolicyList: InlinePoliciesSchema,
    AttachedManagedPolicies: AttachedPoliciesSchema,
  })
  .transform(
    (group): IdentityDetail => ({
      name: group.GroupName,
      arn: group.Arn,
      tags: {},
      attachedPolicies: group.AttachedManagedPolicies,
      inlinePolicies: group.GroupPolicyList,
    }),
  );

const RoleDetailSchema = z
  .object({
    RoleName: z.string(),
    Arn: z.string(),
    RolePolicyList: InlinePoliciesSchema,
    AttachedManagedPolicies: AttachedPoliciesSchema,
    Tags: TagsSchema,
  })
  .transform(
    (role): IdentityDetail => ({
      name: role.RoleName,
      arn: role.Arn,
      tags: tagRecord(role.Tags ?? []),
      attachedPolicies: role.AttachedManagedPolicies,
      inlinePolicies: role.RolePolicyList,
    }),
  );

const AuthorizationDetailsPageSchema = z.object({
  UserDetailList: z.array(UserDetailSchema).nullish(),
  GroupDetailList: z.array(GroupDetailSchema).nullish(),
  RoleDetailList: z.array(RoleDetailSchema).nullish(),
  Policies: z
    .array(
      z.object({
        PolicyName: z.string().optional(),
        Arn: z.string(),
        AttachmentCount: z.number().default(0),
        PolicyVersionList: z
          .array(z.object({ Document: z.string().optional(), IsDefaultVersion: z.boolean().default(false) }))
          .nullish(),
      }),
    )
    .nullish(),
});

type AuthorizationDetailsPage = z.infer<typeof AuthorizationDetailsPageSchema>;

const PasswordPolicySchema = z
  .object({
    MinimumPasswordLength: z.number(),
    RequireSymbols: z.boolean().default(false),
    RequireNumbers: z.boolean().default(false),
    RequireUppercaseCharacters: z.boolean().default(false),
    RequireLowercaseCharacters: z.boolean().default(false),
    AllowUsersToChangePassword: z.boolean().default(false),
    ExpirePasswords: z.boolean().default(false),
    MaxPasswordAge: z.number().nullish(),
    PasswordReusePrevention: z.number().nullish(),
    HardExpiry: z.boolean().nullish(),
  })
  .transform(
    (policy): PasswordPolicyRules => ({
      minimumLength: policy.MinimumPasswordLength,
      requireSymbols: policy.RequireSymbols,
      requireNumbers: policy.RequireNumbers,
      requireUppercase: policy.RequireUppercaseCharacters,
      requireLowercase: policy.RequireLowercaseCharacters,
      allowUsersToChangePassword: policy.AllowUsersToChangePassword,
      expirePasswords: policy.ExpirePasswords,
      maxAgeDays: policy.MaxPasswordAge ?? null,
      reusePrevention: policy.PasswordReusePrevention ?? null,
      hardExpiry: policy.HardExpiry ?? null,
    }),
  );


/**
 * IAM's whole identity graph (users, groups, roles, managed policies with their versions, inline
 * and attached policies), from the paginated GetAccountAuthorizationDetails: IAM is global and
 * throttles without published rates, so one listing serves every IAM collection below instead of
 * per-entity calls. It holds one entry, the account's details.
 */
interface AuthorizationDetails extends AwsResource {
  pages: AuthorizationDetailsPage[];
}

const authorizationDetails = defineCollection<AuthorizationDetails>({
  service: 'iam',
  name: 'authorizationDetails',
  scope: 'global',
  async load(context) {
    const client = context.client(IAMClient);
    const pages: AuthorizationDetailsPage[] = [];
    await context.read(AUTHORIZATION_DETAILS, async () => {
      const paginator = paginateGetAccountAuthorizationDetails(
        { client, pageSize: 1000 },
        { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'] },
      );
      for await (const page of paginator) pages.push(parse(AuthorizationDetailsPageSchema, page, 'account authorization details'));
      context.resources.add({ arn: context.arn('iam', 'authorization-details', ''), id: context.account.id, region: context.region, tags: {}, pages });
    });
  },
});

type Needs = { authorizationDetails: typeof authorizationDetails };

/** A collection filled from the account's authorization details, which it fails with when they could not be read. */
function fromAuthorizationDetails<T extends AwsResource>(
  name: string,
  fill: (context: LoadContext<T>, pages: AuthorizationDetailsPage[]) => void | Promise<void>,
) {
  return defineCollection<T, Needs>({
    service: 'iam',
    name,
    scope: 'global',
    needs: { authorizationDetails },
    async load(context, dependencies) {
      await context.read(AUTHORIZATION_DETAILS, async () => {
        const [details] = dependencies.authorizationDetails.all();
        await fill(context, details?.pages ?? []);
      });
    },
  });
}

function identities(kind: IdentityKind, list: (page: AuthorizationDetailsPage) => IdentityDetail[] | null | undefined) {
  return fromAuthorizationDetails<IamIdentity>(`${kind}s`, (context, pages) => {
    for (const identity of pages.flatMap((page) => list(page) ?? [])) {
      context.resources.add({
        arn: identity.arn,
        id: identity.name,
        name: identity.name,
        region: context.region,
        tags: identity.tags,
        attachedPolicies: identity.attachedPolicies,
        inlinePolicyNames: identity.inlinePolicies.map((policy) => policy.PolicyName),
      });
    }
  });
}

const users = identities('user', (page) => page.UserDetailList);
const groups = identities('group', (page) => page.GroupDetailList);
const roles = identities('role', (page) => page.RoleDetailList);

/** A policy document as IAM hands it out; one that cannot be parsed is unread, not a verdict. */
function policyDocument(context: LoadContext<AwsResource>, raw: string | undefined, policyArn: string): Promise<Field<PolicyDocument>> {
  return context.field(AUTHORIZATION_DETAILS, policyArn, () => {
    if (raw === undefined) throw new Error('policy document: no default version document');
    try {
      return parsePolicyDocument(raw);
    } catch (error) {
      throw new Error(`policy document: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

const managedPolicies = fromAuthorizationDetails<IamManagedPolicy>('managedPolicies', async (context, pages) => {
  for (const policy of pages.flatMap((page) => page.Policies ?? [])) {
    const awsManaged = policy.Arn.split(':')[4] === 'aws';
    // Only attached AWS managed policies concern the account; some emulators list them all.
    if (awsManaged && policy.AttachmentCount === 0) continue;
    // A policy's name is the last segment of its ARN (names cannot contain "/"); moto omits
    // PolicyName here, AWS sends it.
    const name = policy.PolicyName ?? policy.Arn.slice(policy.Arn.lastIndexOf('/') + 1);
    const defaultVersion = policy.PolicyVersionList?.find((version) => version.IsDefaultVersion);
    context.resources.add({
      arn: policy.Arn,
      id: name,
      name,
      region: context.region,
      tags: {},
      awsManaged,
      attachmentCount: policy.AttachmentCount,
      document: await policyDocument(context, defaultVersion?.Document, policy.Arn),
    });
  }
});

const inlinePolicies = fromAuthorizationDetails<IamInlinePolicy>('inlinePolicies', async (context, pages) => {
  const owners = pages.flatMap((page) => [
    ...(page.UserDetailList ?? []).map((detail) => ({ kind: 'user' as const, detail })),
    ...(page.GroupDetailList ?? []).map((detail) => ({ kind: 'group' as const, detail })),
    ...(page.RoleDetailList ?? []).map((detail) => ({ kind: 'role' as const, detail })),
  ]);
  for (const { kind, detail } of owners) {
    for (const inline of detail.inlinePolicies) {
      const arn = `${detail.arn}:policy/${inline.PolicyName}`;
      context.resources.add({
        arn,
        id: `${detail.name}/${inline.PolicyName}`,
        name: inline.PolicyName,
        region: context.region,
        tags: {},
        identity: { kind, name: detail.name, arn: detail.arn },
        document: await policyDocument(context, inline.PolicyDocument, arn),
      });
    }
  }
});

/**
 * One credential report per scan. Its rows carry the users' tags, which come from the users
 * collection; tags decide no verdict, so a user listing that failed leaves them empty.
 */
const credentialReport = defineCollection<CredentialReportEntry, { users: typeof users }>({
  service: 'iam',
  name: 'credentialReport',
  scope: 'global',
  needs: { users },
  async load(context, dependencies) {
    const client = context.client(IAMClient);
    const generated = await context.read('GenerateCredentialReport', () => waitForCredentialReport(client));
    if (!generated) return;
    const userTags = once(() => new Map(dependencies.users.all().map((user) => [user.arn, user.tags])));
    await context.read('GetCredentialReport', async () => {
      const response = await client.send(new GetCredentialReportCommand({}));
      const csv = new TextDecoder().decode(response.Content ?? new Uint8Array());
      for (const entry of parseCredentialReport(csv, context.region, new Date())) {
        context.resources.add({ ...entry, tags: tagsOrNone(() => userTags().get(entry.arn)) });
      }
    });
  },
});

function tagsOrNone(read: () => Record<string, string> | undefined): Record<string, string> {
  try {
    return read() ?? {};
  } catch {
    return {};
  }
}

/**
 * GenerateCredentialReport starts a report, or answers COMPLETE at once when one under four hours
 * old exists; polled with backoff, within a bounded wait.
 */
async function waitForCredentialReport(client: IAMClient): Promise<void> {
  const deadline = Date.now() + CREDENTIAL_REPORT_WAIT_MS;
  for (let delay = 250; ; delay = Math.min(delay * 2, CREDENTIAL_REPORT_MAX_POLL_MS)) {
    const { State: state } = await client.send(new GenerateCredentialReportCommand({}));
    if (state === 'COMPLETE') return;
    if (Date.now() + delay > deadline) {
      throw new Error(`the credential report was still ${state ?? 'not ready'} after ${CREDENTIAL_REPORT_WAIT_MS / 1000} s`);
    }
    await sleep(delay);
  }
}

const passwordPolicy = defineCollection<IamPasswordPolicy>({
  service: 'iam',
  name: 'passwordPolicy',
  scope: 'global',
  async load(context) {
    const arn = context.arn('iam', 'password-policy');
    const client = context.client(IAMClient);
    context.resources.add({
      arn,
      id: context.account.id,
      region: context.region,
      tags: {},
      rules: await context.field('GetAccountPasswordPolicy', arn, async () => {
        try {
          const response = await client.send(new GetAccountPasswordPolicyCommand({}));
          return parse(PasswordPolicySchema, response.PasswordPolicy, 'password policy');
        } catch (error) {
          if (isNotFound(error, 'NoSuchEntityException', 'NoSuchEntity')) return null;
          throw error;
        }
      }),
    });
  },
});

export default { authorizationDetails, users, groups, roles, managedPolicies, inlinePolicies, credentialReport, passwordPolicy };
