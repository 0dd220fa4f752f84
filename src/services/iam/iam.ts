import { setTimeout as sleep } from 'node:timers/promises';
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
} from '@aws-sdk/client-iam';
import { z } from 'zod';
import { describeError } from '../../errors.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, ResourceMap } from '../resource-map.js';
import { GlobalService, isNotFound, parse, tagRecord } from '../service.js';
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
  /** undefined when the document could not be parsed. */
  document?: PolicyDocument;
}

/** A customer managed policy, or an AWS managed policy that is attached to something here. */
export interface IamManagedPolicy extends AwsResource {
  name: string;
  awsManaged: boolean;
  /** Users, groups and roles the policy is attached to (permissions boundaries not counted). */
  attachmentCount: number;
  /** The default version's document; undefined when it could not be read. */
  document?: PolicyDocument;
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
  /** null: the account sets none (IAM's default applies); undefined: could not be read. */
  rules?: PasswordPolicyRules | null;
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
 * IAM is global and throttles without published rates, so the whole identity graph (users,
 * groups, roles, managed policies with their versions, inline and attached policies) comes from
 * the paginated GetAccountAuthorizationDetails rather than per-entity calls; credentials from
 * one credential report; the password policy from one call.
 */
export class IamService extends GlobalService {
  readonly name = 'iam';
  readonly users = this.resources<IamIdentity>('users');
  readonly groups = this.resources<IamIdentity>('groups');
  readonly roles = this.resources<IamIdentity>('roles');
  readonly managedPolicies = this.resources<IamManagedPolicy>('managed policies');
  readonly inlinePolicies = this.resources<IamInlinePolicy>('inline policies');
  readonly credentialReport = this.resources<CredentialReportEntry>('credential report entries');
  readonly passwordPolicy = this.resources<IamPasswordPolicy>('password policy');
  /**
   * The "now" that credential ages (unused keys, rotation, root usage) are measured against: the
   * moment the credential report was read. Prowler measures against its wall clock during the
   * scan, and this is that moment; the report's own GeneratedTime is not used because AWS hands
   * out a cached report for up to four hours, which would shift every age. Check tests set it.
   */
  readTime = new Date();

  protected async loadGlobal(region: string): Promise<void> {
    const client = this.client(IAMClient, region);
    await Promise.all([
      this.loadAuthorizationDetails(client, region),
      this.loadCredentialReport(client, region),
      this.loadPasswordPolicy(client, region),
    ]);
    for (const entry of this.credentialReport.values()) entry.tags = this.users.get(entry.arn)?.tags ?? {};
  }

  private async loadAuthorizationDetails(client: IAMClient, region: string): Promise<void> {
    const filled = [this.users, this.groups, this.roles, this.managedPolicies, this.inlinePolicies];
    try {
      const pages = paginateGetAccountAuthorizationDetails(
        { client, pageSize: 1000 },
        { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'] },
      );
      for await (const page of pages) {
        this.addAuthorizationDetails(parse(AuthorizationDetailsPageSchema, page, 'account authorization details'), region);
      }
    } catch (error) {
      const message = describeError(error);
      for (const map of filled) map.fail({ region, operation: AUTHORIZATION_DETAILS, message });
    }
  }

  private addAuthorizationDetails(page: AuthorizationDetailsPage, region: string): void {
    for (const user of page.UserDetailList ?? []) this.addIdentity('user', user, region);
    for (const group of page.GroupDetailList ?? []) this.addIdentity('group', group, region);
    for (const role of page.RoleDetailList ?? []) this.addIdentity('role', role, region);
    for (const policy of page.Policies ?? []) {
      const awsManaged = policy.Arn.split(':')[4] === 'aws';
      // Only attached AWS managed policies concern the account; some emulators list them all.
      if (awsManaged && policy.AttachmentCount === 0) continue;
      // A policy's name is the last segment of its ARN (names cannot contain "/"); moto omits
      // PolicyName here, AWS sends it.
      const name = policy.PolicyName ?? policy.Arn.slice(policy.Arn.lastIndexOf('/') + 1);
      const managed: IamManagedPolicy = {
        arn: policy.Arn,
        id: name,
        name,
        region,
        tags: {},
        awsManaged,
        attachmentCount: policy.AttachmentCount,
      };
      const defaultVersion = policy.PolicyVersionList?.find((version) => version.IsDefaultVersion);
      managed.document = this.policyDocument(this.managedPolicies, region, defaultVersion?.Document, managed.arn);
      this.managedPolicies.add(managed);
    }
  }

  private addIdentity(kind: IdentityKind, identity: IdentityDetail, region: string): void {
    const map = { user: this.users, group: this.groups, role: this.roles }[kind];
    map.add({
      arn: identity.arn,
      id: identity.name,
      name: identity.name,
      region,
      tags: identity.tags,
      attachedPolicies: identity.attachedPolicies,
      inlinePolicyNames: identity.inlinePolicies.map((policy) => policy.PolicyName),
    });
    for (const inline of identity.inlinePolicies) {
      const arn = `${identity.arn}:policy/${inline.PolicyName}`;
      this.inlinePolicies.add({
        arn,
        id: `${identity.name}/${inline.PolicyName}`,
        name: inline.PolicyName,
        region,
        tags: {},
        identity: { kind, name: identity.name, arn: identity.arn },
        document: this.policyDocument(this.inlinePolicies, region, inline.PolicyDocument, arn),
      });
    }
  }

  /** A policy's document, or undefined with the failure recorded against that policy. */
  private policyDocument(
    map: ResourceMap<AwsResource>,
    region: string,
    raw: string | undefined,
    policyArn: string,
  ): PolicyDocument | undefined {
    try {
      if (raw === undefined) throw new Error('no default version document');
      return parsePolicyDocument(raw);
    } catch (error) {
      const message = `policy document: ${describeError(error)}`;
      map.fail({ region, operation: AUTHORIZATION_DETAILS, message, resourceArn: policyArn });
      return undefined;
    }
  }

  private async loadCredentialReport(client: IAMClient, region: string): Promise<void> {
    const generated = await this.read(this.credentialReport, region, 'GenerateCredentialReport', () =>
      this.waitForCredentialReport(client),
    );
    if (!generated) return;
    await this.read(this.credentialReport, region, 'GetCredentialReport', async () => {
      const response = await client.send(new GetCredentialReportCommand({}));
      this.readTime = new Date();
      const csv = new TextDecoder().decode(response.Content ?? new Uint8Array());
      for (const entry of parseCredentialReport(csv, region)) this.credentialReport.add(entry);
    });
  }

  /**
   * GenerateCredentialReport starts a report, or answers COMPLETE at once when one under four
   * hours old exists; polled with backoff, within a bounded wait.
   */
  private async waitForCredentialReport(client: IAMClient): Promise<void> {
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

  private async loadPasswordPolicy(client: IAMClient, region: string): Promise<void> {
    const policy: IamPasswordPolicy = { arn: this.arn('iam', region, 'password-policy'), id: this.account.id, region, tags: {} };
    this.passwordPolicy.add(policy);
    await this.read(
      this.passwordPolicy,
      region,
      'GetAccountPasswordPolicy',
      async () => {
        try {
          const response = await client.send(new GetAccountPasswordPolicyCommand({}));
          policy.rules = parse(PasswordPolicySchema, response.PasswordPolicy, 'password policy');
        } catch (error) {
          if (!isNotFound(error, 'NoSuchEntityException', 'NoSuchEntity')) throw error;
          policy.rules = null;
        }
      },
      policy.arn,
    );
  }
}
