import { setTimeout as sleep } from 'node:timers/promises';
import {
  GenerateCredentialReportCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetPolicyVersionCommand,
  GetServiceLastAccessedDetailsCommand,
  IAMClient,
  ListOrganizationsFeaturesCommand,
  ListSAMLProvidersCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListMFADevices,
  paginateListPolicies,
  paginateListServerCertificates,
  paginateListVirtualMFADevices,
} from '@aws-sdk/client-iam';
import { z } from 'zod';
import { defineCollection, isNotFound, once, parse, tagRecord, type Collection, type LoadContext } from '../collection.js';
import { perListedResource, readEach, tokenPages } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { failureOf, mapField, need, type AwsResource, type Field, type ResourceMap } from '../resource-map.js';
import { parseCredentialReport, type CredentialReportEntry } from './credential-report.js';
import bedrockApiKeyCollections from './bedrock-api-keys.js';

export type { AccessKeyStatus, CredentialReportEntry } from './credential-report.js';
export type { BedrockApiKey } from './bedrock-api-keys.js';

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

export interface IamUser extends IamIdentity {
  /** Names of the groups the user belongs to. */
  groupNames: string[];
}

export interface IamGroup extends IamIdentity {
  /** Names of the users in the group. */
  memberNames: string[];
}

export interface IamRole extends IamIdentity {
  /** Who may assume the role (its AssumeRolePolicyDocument). */
  trustPolicy: Field<PolicyDocument>;
  /**
   * Whether only AWS services may assume the role, classified as Prowler does: every trust
   * statement allows sts:AssumeRole (or sts:*, or *) to principals of the Service kind alone.
   * A single Action string is matched as a substring, as Prowler matches it.
   */
  isServiceRole: Field<boolean>;
  /** The managed policy that caps the role's permissions; null when it has none. */
  permissionsBoundaryArn: string | null;
}

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

/** How long to wait for IAM to finish a credential report or an access-details job before calling the read failed. */
const IAM_JOB_WAIT_MS = 60_000;
const IAM_JOB_MAX_POLL_MS = 5_000;

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
  /** A user's groups; empty for groups and roles. */
  groupNames: string[];
  /** A role's trust policy as IAM hands it out (URL-encoded JSON); undefined for users and groups. */
  trustPolicy?: string;
}

// Users, groups and roles arrive in three shapes that differ in field names only.
const UserDetailSchema = z
  .object({
    UserName: z.string(),
    Arn: z.string(),
    UserPolicyList: InlinePoliciesSchema,
    AttachedManagedPolicies: AttachedPoliciesSchema,
    GroupList: z.array(z.string()).nullish(),
    Tags: TagsSchema,
  })
  .transform(
    (user): IdentityDetail => ({
      name: user.UserName,
      arn: user.Arn,
      tags: tagRecord(user.Tags ?? []),
      attachedPolicies: user.AttachedManagedPolicies,
      inlinePolicies: user.UserPolicyList,
      groupNames: user.GroupList ?? [],
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
      groupNames: [],
    }),
  );

const RoleDetailSchema = z
  .object({
    RoleName: z.string(),
    Arn: z.string(),
    RolePolicyList: InlinePoliciesSchema,
    AttachedManagedPolicies: AttachedPoliciesSchema,
    AssumeRolePolicyDocument: z.string().optional(),
    PermissionsBoundary: z.object({ PermissionsBoundaryArn: z.string().nullish() }).nullish(),
    Tags: TagsSchema,
  })
  .transform(
    (role): IdentityDetail & { permissionsBoundaryArn: string | null } => ({
      name: role.RoleName,
      arn: role.Arn,
      tags: tagRecord(role.Tags ?? []),
      attachedPolicies: role.AttachedManagedPolicies,
      inlinePolicies: role.RolePolicyList,
      groupNames: [],
      trustPolicy: role.AssumeRolePolicyDocument,
      permissionsBoundaryArn: role.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
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

const AttachedAwsPolicySchema = z.object({
  PolicyName: z.string(),
  Arn: z.string(),
  AttachmentCount: z.number().default(0),
  DefaultVersionId: z.string(),
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
        // AWS managed policies come with every version of their documents (ReadOnlyAccess has
        // over a hundred, each large) and some emulators list all of them; the attached ones are
        // read by managedPolicies, default version only.
        { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'] },
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
    load: (context, dependencies) => fillFromDetails(context, dependencies, fill),
  });
}

/** Runs `fill` on the account's authorization details, or fails with them when they could not be read. */
async function fillFromDetails<T extends AwsResource>(
  context: LoadContext<T>,
  dependencies: { authorizationDetails: ResourceMap<AuthorizationDetails> },
  fill: (context: LoadContext<T>, pages: AuthorizationDetailsPage[]) => void | Promise<void>,
): Promise<void> {
  await context.read(AUTHORIZATION_DETAILS, async () => {
    const [details] = dependencies.authorizationDetails.all();
    await fill(context, details?.pages ?? []);
  });
}

function identityResource(context: LoadContext<AwsResource>, identity: IdentityDetail): IamIdentity {
  return {
    arn: identity.arn,
    id: identity.name,
    name: identity.name,
    region: context.region,
    tags: identity.tags,
    attachedPolicies: identity.attachedPolicies,
    inlinePolicyNames: identity.inlinePolicies.map((policy) => policy.PolicyName),
  };
}

const users = fromAuthorizationDetails<IamUser>('users', (context, pages) => {
  for (const user of pages.flatMap((page) => page.UserDetailList ?? [])) {
    context.resources.add({ ...identityResource(context, user), groupNames: user.groupNames });
  }
});

// IAM lists group membership on the users' side only.
const groups = fromAuthorizationDetails<IamGroup>('groups', (context, pages) => {
  const userDetails = pages.flatMap((page) => page.UserDetailList ?? []);
  for (const group of pages.flatMap((page) => page.GroupDetailList ?? [])) {
    const memberNames = userDetails.filter((user) => user.groupNames.includes(group.name)).map((user) => user.name);
    context.resources.add({ ...identityResource(context, group), memberNames });
  }
});

const roles = fromAuthorizationDetails<IamRole>('roles', async (context, pages) => {
  for (const role of pages.flatMap((page) => page.RoleDetailList ?? [])) {
    const trust = await context.field(AUTHORIZATION_DETAILS, role.arn, () => {
      const json = policyJson(role.trustPolicy, 'trust policy');
      return { document: parsePolicyDocument(json), serviceRole: onlyServicesMayAssume(json) };
    });
    context.resources.add({
      ...identityResource(context, role),
      trustPolicy: mapField(trust, (value) => value.document),
      isServiceRole: mapField(trust, (value) => value.serviceRole),
      permissionsBoundaryArn: role.permissionsBoundaryArn,
    });
  }
});

/** A policy's JSON as IAM hands it out (URL-encoded in authorization details), not yet validated. */
function policyJson(raw: string | undefined, what: string): unknown {
  if (raw === undefined) throw new Error(`${what}: not returned`);
  try {
    return JSON.parse(raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw)) as unknown;
  } catch (error) {
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const SERVICE_ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:*', '*'];

/**
 * Prowler's service-role test on the raw trust policy: the raw shapes matter, because a single
 * Action string is searched for a substring while a list must hold the action itself, and a
 * principal that is not an object ("*") disqualifies the role.
 */
function onlyServicesMayAssume(trust: unknown): boolean {
  const statements = isRecord(trust) ? (trust.Statement ?? []) : [];
  for (const statement of Array.isArray(statements) ? statements : [statements]) {
    if (!isRecord(statement) || statement.Effect !== 'Allow') return false;
    const actions = statement.Action ?? [];
    const allowsAssume = SERVICE_ASSUME_ACTIONS.some((action) =>
      Array.isArray(actions) ? actions.includes(action) : typeof actions === 'string' && actions.includes(action),
    );
    if (!allowsAssume) return false;
    const principal = statement.Principal ?? {};
    if (!isRecord(principal) || Object.keys(principal).join() !== 'Service') return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A policy document as IAM hands it out, read by `operation`; one that cannot be read or parsed is
 * unread, not a verdict.
 */
function policyDocument(
  context: LoadContext<AwsResource>,
  operation: string,
  policyArn: string,
  readRaw: () => string | undefined | Promise<string | undefined>,
): Promise<Field<PolicyDocument>> {
  return context.field(operation, policyArn, async () => {
    const raw = await readRaw();
    if (raw === undefined) throw new Error('policy document: no default version document');
    try {
      return parsePolicyDocument(raw);
    } catch (error) {
      throw new Error(`policy document: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** The customer managed policies, and the AWS managed policies attached to a user, group or role here. */
const managedPolicies = defineCollection<IamManagedPolicy, Needs>({
  service: 'iam',
  name: 'managedPolicies',
  scope: 'global',
  needs: { authorizationDetails },
  async load(context, dependencies) {
    await fillFromDetails(context, dependencies, async (_, pages) => {
      for (const policy of pages.flatMap((page) => page.Policies ?? [])) {
        // A policy's name is the last segment of its ARN (names cannot contain "/"); moto omits
        // PolicyName here, AWS sends it.
        const name = policy.PolicyName ?? policy.Arn.slice(policy.Arn.lastIndexOf('/') + 1);
        const defaultVersion = policy.PolicyVersionList?.find((version) => version.IsDefaultVersion);
        const document = await policyDocument(context, AUTHORIZATION_DETAILS, policy.Arn, () => defaultVersion?.Document);
        context.resources.add(managedPolicy(context, { arn: policy.Arn, name, attachmentCount: policy.AttachmentCount, awsManaged: false }, document));
      }
    });
    const client = context.client(IAMClient);
    const attached = await context.items(
      'ListPolicies',
      paginateListPolicies({ client, pageSize: 1000 }, { Scope: 'AWS', OnlyAttached: true }),
      (page) => page.Policies,
      AttachedAwsPolicySchema,
      'attached AWS managed policy',
    );
    const awsManaged = await readEach(attached, async (policy) => {
      const document = await policyDocument(context, 'GetPolicyVersion', policy.Arn, async () => {
        const answer = await client.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: policy.DefaultVersionId }));
        return answer.PolicyVersion?.Document;
      });
      return managedPolicy(context, { arn: policy.Arn, name: policy.PolicyName, attachmentCount: policy.AttachmentCount, awsManaged: true }, document);
    });
    for (const policy of awsManaged) context.resources.add(policy);
  },
});

function managedPolicy(
  context: LoadContext<IamManagedPolicy>,
  policy: Pick<IamManagedPolicy, 'arn' | 'name' | 'attachmentCount' | 'awsManaged'>,
  document: Field<PolicyDocument>,
): IamManagedPolicy {
  return { ...policy, id: policy.name, region: context.region, tags: {}, document };
}

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
        document: await policyDocument(context, AUTHORIZATION_DETAILS, arn, () => inline.PolicyDocument),
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
 * old exists.
 */
async function waitForCredentialReport(client: IAMClient): Promise<void> {
  await pollUntilDone('the credential report', async () => {
    const { State: state } = await client.send(new GenerateCredentialReportCommand({}));
    return { done: state === 'COMPLETE', state, result: undefined };
  });
}

/**
 * Repeats `attempt` with backoff until it reports done, within a bounded wait: IAM prepares
 * reports and access details asynchronously and says nothing of how long they take.
 */
async function pollUntilDone<R>(what: string, attempt: () => Promise<{ done: boolean; state: string | undefined; result: R }>): Promise<R> {
  const deadline = Date.now() + IAM_JOB_WAIT_MS;
  for (let delay = 250; ; delay = Math.min(delay * 2, IAM_JOB_MAX_POLL_MS)) {
    const { done, state, result } = await attempt();
    if (done) return result;
    if (Date.now() + delay > deadline) throw new Error(`${what} was still ${state ?? 'not ready'} after ${IAM_JOB_WAIT_MS / 1000} s`);
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

/** The serial numbers of one user's MFA devices. */
export interface IamUserMfaDevices extends AwsResource {
  name: string;
  /** An ARN for virtual devices (`...:mfa/<name>`), SMS and passkeys; a vendor serial for hardware tokens. */
  serialNumbers: Field<string[]>;
}

const MfaDevicesSchema = z.array(z.object({ SerialNumber: z.string() })).nullish();

// One ListMFADevices per user: no account-wide call names a user's hardware tokens and passkeys
// (ListVirtualMFADevices knows only virtual ones); read only for the checks that need them.
const userMfaDevices = perListedResource<IamUserMfaDevices, IamUser>({
  service: 'iam',
  name: 'userMfaDevices',
  scope: 'global',
  listed: users,
  operation: 'ListMFADevices',
  async read(context, user) {
    const client = context.client(IAMClient);
    const serialNumbers = await context.field('ListMFADevices', user.arn, async () => {
      const serials: string[] = [];
      for await (const page of paginateListMFADevices({ client, pageSize: 1000 }, { UserName: user.name })) {
        for (const device of parse(MfaDevicesSchema, page.MFADevices, 'MFA devices') ?? []) serials.push(device.SerialNumber);
      }
      return serials;
    });
    return { arn: user.arn, id: user.id, name: user.name, region: context.region, tags: user.tags, serialNumbers };
  },
});

/** A virtual MFA device of the account, keyed by its serial number (an ARN). */
export interface IamVirtualMfaDevice extends AwsResource {
  /** The ARN of the user (or root) it is assigned to; null when unassigned. */
  userArn: string | null;
}

const VirtualMfaDeviceSchema = z.object({ SerialNumber: z.string(), User: z.object({ Arn: z.string().optional() }).nullish() });

const virtualMfaDevices = defineCollection<IamVirtualMfaDevice>({
  service: 'iam',
  name: 'virtualMfaDevices',
  scope: 'global',
  async load(context) {
    const client = context.client(IAMClient);
    const devices = await context.items(
      'ListVirtualMFADevices',
      paginateListVirtualMFADevices({ client, pageSize: 1000 }, {}),
      (page) => page.VirtualMFADevices,
      VirtualMfaDeviceSchema,
      'virtual MFA device',
    );
    for (const device of devices) {
      context.resources.add({ arn: device.SerialNumber, id: device.SerialNumber, region: context.region, tags: {}, userArn: device.User?.Arn ?? null });
    }
  },
});

/** The account's IAM usage counters (GetAccountSummary's SummaryMap: AccountMFAEnabled, Users, ...). */
export interface IamAccountSummary extends AwsResource {
  counts: Record<string, number>;
}

const accountSummary = defineCollection<IamAccountSummary>({
  service: 'iam',
  name: 'accountSummary',
  scope: 'global',
  async load(context) {
    const client = context.client(IAMClient);
    await context.read('GetAccountSummary', async () => {
      const response = await client.send(new GetAccountSummaryCommand({}));
      const counts = parse(z.record(z.string(), z.number()), response.SummaryMap ?? {}, 'account summary');
      context.resources.add({ arn: context.arn('iam', 'account-summary', ''), id: context.account.id, region: context.region, tags: {}, counts });
    });
  },
});

/** A SAML identity provider; Prowler names it by the last segment of its ARN. */
export interface IamSamlProvider extends AwsResource {
  name: string;
}

const samlProviders = defineCollection<IamSamlProvider>({
  service: 'iam',
  name: 'samlProviders',
  scope: 'global',
  async load(context) {
    const client = context.client(IAMClient);
    // ListSAMLProviders has no paging: one answer lists them all.
    const providers = await context.items(
      'ListSAMLProviders',
      tokenPages(() => client.send(new ListSAMLProvidersCommand({})), () => undefined),
      (page) => page.SAMLProviderList,
      z.object({ Arn: z.string() }),
      'SAML provider',
    );
    for (const { Arn: arn } of providers) {
      const name = arn.slice(arn.lastIndexOf('/') + 1);
      context.resources.add({ arn, id: name, name, region: context.region, tags: {} });
    }
  },
});

/** A server certificate stored in IAM (for load balancers and CloudFront before ACM). */
export interface IamServerCertificate extends AwsResource {
  name: string;
  expiration: Date;
  /** When the certificate was listed: the "now" its expiry is judged against. */
  readAt: Date;
}

const ServerCertificateSchema = z.object({
  ServerCertificateName: z.string(),
  ServerCertificateId: z.string(),
  Arn: z.string(),
  Expiration: z.date(),
});

const serverCertificates = defineCollection<IamServerCertificate>({
  service: 'iam',
  name: 'serverCertificates',
  scope: 'global',
  async load(context) {
    const client = context.client(IAMClient);
    const certificates = await context.items(
      'ListServerCertificates',
      paginateListServerCertificates({ client, pageSize: 1000 }, {}),
      (page) => page.ServerCertificateMetadataList,
      ServerCertificateSchema,
      'server certificate',
    );
    for (const certificate of certificates) {
      context.resources.add({
        arn: certificate.Arn,
        id: certificate.ServerCertificateId,
        name: certificate.ServerCertificateName,
        region: context.region,
        tags: {},
        expiration: certificate.Expiration,
        readAt: new Date(),
      });
    }
  },
});

/** A service an identity's policies allow, and when the identity last used it. */
export interface ServiceLastAccess {
  namespace: string;
  /** null: never used (within IAM's tracking period). */
  lastAuthenticated: Date | null;
}

/** Service last accessed data of one user or role; `readAt` is the "now" ages are measured against. */
export interface IamServiceAccess extends AwsResource {
  name: string;
  services: Field<ServiceLastAccess[]>;
  readAt: Date;
}

const ServicesLastAccessedSchema = z
  .array(z.object({ ServiceNamespace: z.string(), LastAuthenticated: z.date().nullish() }))
  .nullish()
  .transform((list): ServiceLastAccess[] => (list ?? []).map((entry) => ({ namespace: entry.ServiceNamespace, lastAuthenticated: entry.LastAuthenticated ?? null })));

/**
 * Which services each listed identity may use and when it last did. IAM has no account-wide form
 * of this: it is one asynchronous job per identity (GenerateServiceLastAccessedDetails, then
 * GetServiceLastAccessedDetails until the job completes), so only the checks about stale access
 * load it.
 */
function serviceAccessOf<Listed extends IamIdentity>(name: string, listed: Collection<Listed>) {
  return perListedResource<IamServiceAccess, Listed>({
    service: 'iam',
    name,
    scope: 'global',
    listed,
    operation: 'GenerateServiceLastAccessedDetails',
    async read(context, identity) {
      const client = context.client(IAMClient);
      const job = await context.field('GenerateServiceLastAccessedDetails', identity.arn, async () => {
        const response = await client.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: identity.arn }));
        return parse(z.string(), response.JobId, 'service last accessed job ID');
      });
      const services = failureOf(job)
        ? mapField(job, (): ServiceLastAccess[] => [])
        : await context.field('GetServiceLastAccessedDetails', identity.arn, () => lastAccessedServices(client, need(job)));
      return { arn: identity.arn, id: identity.id, name: identity.name, region: context.region, tags: identity.tags, services, readAt: new Date() };
    },
  });
}

async function lastAccessedServices(client: IAMClient, jobId: string): Promise<ServiceLastAccess[]> {
  const request = (marker: string | undefined) => client.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: 1000, Marker: marker }));
  const first = await pollUntilDone('the service last accessed job', async () => {
    const response = await request(undefined);
    return { done: response.JobStatus !== 'IN_PROGRESS', state: response.JobStatus, result: response };
  });
  if (first.JobStatus !== 'COMPLETED') throw new Error(`service last accessed job ${first.JobStatus ?? 'ended'}: ${first.Error?.Message ?? 'no reason given'}`);
  const services: ServiceLastAccess[] = [];
  const pages = tokenPages(
    (marker) => (marker === undefined ? Promise.resolve(first) : request(marker)),
    (page) => (page.IsTruncated ? page.Marker : undefined),
  );
  for await (const page of pages) services.push(...parse(ServicesLastAccessedSchema, page.ServicesLastAccessed, 'services last accessed'));
  return services;
}

const userServiceAccess = serviceAccessOf('userServiceAccess', users);
const roleServiceAccess = serviceAccessOf('roleServiceAccess', roles);

/** The organization-wide IAM features (root credentials and sessions management) the account sees. */
export interface IamOrganizationsFeatures extends AwsResource {
  /** null: the account is neither the organization's management account nor a delegated administrator for IAM. */
  enabledFeatures: Field<string[] | null>;
}

const organizationsFeatures = defineCollection<IamOrganizationsFeatures>({
  service: 'iam',
  name: 'organizationsFeatures',
  scope: 'global',
  async load(context) {
    const arn = context.arn('iam', 'organizations-features', '');
    const client = context.client(IAMClient);
    const enabledFeatures = await context.field('ListOrganizationsFeatures', arn, async () => {
      try {
        const response = await client.send(new ListOrganizationsFeaturesCommand({}));
        return parse(z.array(z.string()).nullish(), response.EnabledFeatures, 'organizations features') ?? [];
      } catch (error) {
        // No organization, IAM's trusted access off, or consolidated billing only: no feature is on.
        if (isNotFound(error, 'OrganizationNotFoundException', 'ServiceAccessNotEnabledException', 'OrganizationNotInAllFeaturesModeException')) return [];
        if (isNotFound(error, 'AccountNotManagementOrDelegatedAdministratorException')) return null;
        throw error;
      }
    });
    context.resources.add({ arn, id: context.account.id, region: context.region, tags: {}, enabledFeatures });
  },
});

export default {
  authorizationDetails,
  users,
  groups,
  roles,
  managedPolicies,
  inlinePolicies,
  credentialReport,
  passwordPolicy,
  userMfaDevices,
  virtualMfaDevices,
  accountSummary,
  samlProviders,
  serverCertificates,
  userServiceAccess,
  roleServiceAccess,
  organizationsFeatures,
  ...bedrockApiKeyCollections,
};
