import { CognitoIdentityClient, DescribeIdentityPoolCommand, paginateListIdentityPools } from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  DescribeRiskConfigurationCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  paginateListUserPoolClients,
  paginateListUserPools,
} from '@aws-sdk/client-cognito-identity-provider';
import { z } from 'zod';
import type { SdkClient, SdkClientClass } from '../../provider/clients.js';
import { defineCollection, parse, type LoadContext } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { failureOf, mapField, need, type AwsResource, type Field } from '../resource-map.js';

/** A user pool's password rules, with Cognito's absent settings read as Prowler reads them (off, 0). */
export interface PasswordPolicy {
  minimumLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  /** Days an administrator-set temporary password stays valid; 0 when unset. */
  temporaryPasswordValidityDays: number;
}

/** What DescribeUserPool says about a pool's protection. */
export interface UserPoolSettings {
  passwordPolicy: PasswordPolicy;
  /** ACTIVE or INACTIVE. */
  deletionProtection: string;
  /** OFF, AUDIT or ENFORCED. */
  advancedSecurityMode: string;
  /** Only administrators create users: nobody signs themselves up. */
  adminCreateUserOnly: boolean;
}

/** A Cognito user pool; `id` is the pool ID (`eu-west-1_AbC123`). */
export interface UserPool extends AwsResource {
  name: string;
  settings: Field<UserPoolSettings>;
}

export interface UserPoolMfa extends UserPool {
  /** OFF, ON or OPTIONAL. */
  mfaConfiguration: Field<string>;
}

/** What Cognito does on its own when advanced security rates a sign-in risky. */
export interface RiskResponses {
  compromisedCredentials: {
    /** The events (SIGN_IN, SIGN_UP, PASSWORD_CHANGE) checked against known leaked credentials. */
    events: string[];
    /** BLOCK or NO_ACTION; '' when unset. */
    action: string;
  };
  /** The action (BLOCK, MFA_REQUIRED, MFA_IF_CONFIGURED, NO_ACTION; '' when unset) per risk level. */
  accountTakeover: { low: string; medium: string; high: string };
}

export interface UserPoolRiskResponses extends UserPool {
  /**
   * Null where advanced security is not enforced: only enforced advanced security acts on a risk
   * configuration, so none applies and DescribeRiskConfiguration is not called.
   */
  riskResponses: Field<RiskResponses | null>;
}

export interface UserPoolClientSettings {
  /** ENABLED or LEGACY; '' when unset. */
  preventUserExistenceErrors: string;
  tokenRevocationEnabled: boolean;
}

/**
 * An app client of a user pool. Clients have no ARN of their own: `arn` is the pool's with
 * `/client/<id>` appended, as Prowler reports them; `tags` are the pool's.
 */
export interface UserPoolClient extends AwsResource {
  name: string;
  userPoolId: string;
  settings: Field<UserPoolClientSettings>;
}

/** A Cognito identity pool; `id` is the pool ID (`eu-west-1:uuid`). */
export interface IdentityPool extends AwsResource {
  name: string;
  /** Guest access: identities handed out without any sign-in. */
  allowsUnauthenticatedIdentities: Field<boolean>;
}

/**
 * The identity pool API's client. Every one of its operations has a required parameter, which the
 * client factory's SdkClient type (a middleware stack over any `object` input) does not admit,
 * though the factory handles it like any other SDK client.
 */
const IdentityClient = CognitoIdentityClient as unknown as SdkClientClass<CognitoIdentityClient & SdkClient>;

/** Cognito's list calls answer at most 60 items a page. */
const PAGE_SIZE = 60;

const UserPoolSummarySchema = z.object({ Id: z.string(), Name: z.string() });

const UserPoolSchema = z.object({
  Policies: z
    .object({
      PasswordPolicy: z
        .object({
          MinimumLength: z.number().nullish(),
          RequireLowercase: z.boolean().nullish(),
          RequireUppercase: z.boolean().nullish(),
          RequireNumbers: z.boolean().nullish(),
          RequireSymbols: z.boolean().nullish(),
          TemporaryPasswordValidityDays: z.number().nullish(),
        })
        .nullish(),
    })
    .nullish(),
  DeletionProtection: z.string().nullish(),
  UserPoolAddOns: z.object({ AdvancedSecurityMode: z.string().nullish() }).nullish(),
  AdminCreateUserConfig: z.object({ AllowAdminCreateUserOnly: z.boolean().nullish() }).nullish(),
  UserPoolTags: z.record(z.string(), z.string()).nullish(),
});

const MfaConfigSchema = z.object({ MfaConfiguration: z.string().nullish() });

const RiskActionSchema = z.object({ EventAction: z.string().nullish() }).nullish();

const RiskConfigurationSchema = z
  .object({
    CompromisedCredentialsRiskConfiguration: z
      .object({ EventFilter: z.array(z.string()).nullish(), Actions: RiskActionSchema })
      .nullish(),
    AccountTakeoverRiskConfiguration: z
      .object({ Actions: z.object({ LowAction: RiskActionSchema, MediumAction: RiskActionSchema, HighAction: RiskActionSchema }).nullish() })
      .nullish(),
  })
  .nullish();

const ClientSummarySchema = z.object({ ClientId: z.string(), ClientName: z.string() });

const ClientSchema = z.object({ PreventUserExistenceErrors: z.string().nullish(), EnableTokenRevocation: z.boolean().nullish() });

const IdentityPoolSummarySchema = z.object({ IdentityPoolId: z.string(), IdentityPoolName: z.string() });

const IdentityPoolSchema = z.object({
  AllowUnauthenticatedIdentities: z.boolean().nullish(),
  IdentityPoolTags: z.record(z.string(), z.string()).nullish(),
});

/**
 * User pools with their settings and tags. The listing carries neither, so each pool takes a
 * DescribeUserPool call here: its tags belong on every pool finding, and most checks judge its
 * settings.
 */
const userPools = defineCollection<UserPool>({
  service: 'cognito',
  name: 'userPools',
  scope: 'regional',
  async load(context) {
    const client = context.client(CognitoIdentityProviderClient);
    const pages = paginateListUserPools({ client, pageSize: PAGE_SIZE }, { MaxResults: PAGE_SIZE });
    const listed = await context.items('ListUserPools', pages, (page) => page.UserPools, UserPoolSummarySchema, 'user pool');
    await readEach(listed, async (summary) => {
      const arn = context.arn('cognito-idp', `userpool/${summary.Id}`);
      let tags: Record<string, string> = {};
      const settings = await context.field('DescribeUserPool', arn, async () => {
        const response = await client.send(new DescribeUserPoolCommand({ UserPoolId: summary.Id }));
        const pool = parse(UserPoolSchema, response.UserPool, 'user pool');
        tags = pool.UserPoolTags ?? {};
        return toSettings(pool);
      });
      context.resources.add({ arn, id: summary.Id, name: summary.Name, region: context.region, tags, settings });
    });
  },
});

/** Each pool's MFA setting: one GetUserPoolMfaConfig call per pool, for the MFA check alone. */
const userPoolMfa = perUserPool<UserPoolMfa>('userPoolMfa', 'GetUserPoolMfaConfig', async (context, pool) => ({
  ...pool,
  mfaConfiguration: await context.field('GetUserPoolMfaConfig', pool.arn, async () => {
    const response = await context.client(CognitoIdentityProviderClient).send(new GetUserPoolMfaConfigCommand({ UserPoolId: pool.id }));
    return parse(MfaConfigSchema, response, 'user pool MFA configuration').MfaConfiguration ?? 'OFF';
  }),
}));

/**
 * What each pool does about risky sign-ins: one DescribeRiskConfiguration call per pool whose
 * advanced security is enforced (elsewhere no risk configuration acts), for the two checks that
 * judge it. A pool whose settings could not be read stays unread for the same reason.
 */
const userPoolRiskResponses = perUserPool<UserPoolRiskResponses>('userPoolRiskResponses', 'DescribeRiskConfiguration', async (context, pool) => {
  if (failureOf(pool.settings) || need(pool.settings).advancedSecurityMode !== 'ENFORCED') return { ...pool, riskResponses: mapField(pool.settings, () => null) };
  return {
    ...pool,
    riskResponses: await context.field('DescribeRiskConfiguration', pool.arn, async () => {
      const response = await context.client(CognitoIdentityProviderClient).send(new DescribeRiskConfigurationCommand({ UserPoolId: pool.id }));
      return toRiskResponses(parse(RiskConfigurationSchema, response.RiskConfiguration, 'risk configuration'));
    }),
  };
});

/**
 * Every app client of every pool: ListUserPoolClients per pool, then DescribeUserPoolClient per
 * client for its settings, which the listing does not carry; only the client checks ask for this.
 * A pool whose clients could not be listed fails the region's listing, since its clients are unknown.
 */
const userPoolClients = defineCollection<UserPoolClient, { userPools: typeof userPools }>({
  service: 'cognito',
  name: 'userPoolClients',
  scope: 'regional',
  needs: { userPools },
  async load(context, dependencies) {
    // A region whose pools could not be listed fails here with ListUserPools, naming that call.
    await context.read('ListUserPools', async () => {
      await readEach(dependencies.userPools.all(context.region), (pool) => readClients(context, pool));
    });
  },
});

/** Identity pools with their guest access and tags: one DescribeIdentityPool call each, since the listing carries neither. */
const identityPools = defineCollection<IdentityPool>({
  service: 'cognito',
  name: 'identityPools',
  scope: 'regional',
  endpoint: 'cognito-identity',
  async load(context) {
    const client = context.client(IdentityClient);
    const pages = paginateListIdentityPools({ client, pageSize: PAGE_SIZE }, { MaxResults: PAGE_SIZE });
    const listed = await context.items('ListIdentityPools', pages, (page) => page.IdentityPools, IdentityPoolSummarySchema, 'identity pool');
    await readEach(listed, async (summary) => {
      const arn = context.arn('cognito-identity', `identitypool/${summary.IdentityPoolId}`);
      let tags: Record<string, string> = {};
      const allowsUnauthenticatedIdentities = await context.field('DescribeIdentityPool', arn, async () => {
        const response = await client.send(new DescribeIdentityPoolCommand({ IdentityPoolId: summary.IdentityPoolId }));
        const pool = parse(IdentityPoolSchema, response, 'identity pool');
        tags = pool.IdentityPoolTags ?? {};
        return pool.AllowUnauthenticatedIdentities ?? false;
      });
      context.resources.add({ arn, id: summary.IdentityPoolId, name: summary.IdentityPoolName, region: context.region, tags, allowsUnauthenticatedIdentities });
    });
  },
});

export default { userPools, userPoolMfa, userPoolRiskResponses, userPoolClients, identityPools };

function perUserPool<T extends UserPool>(name: string, operation: string, read: (context: LoadContext<T>, pool: UserPool) => Promise<T>) {
  return perListedResource<T, UserPool>({ service: 'cognito', name, scope: 'regional', listed: userPools, operation, read });
}

async function readClients(context: LoadContext<UserPoolClient>, pool: UserPool): Promise<void> {
  const client = context.client(CognitoIdentityProviderClient);
  const pages = paginateListUserPoolClients({ client, pageSize: PAGE_SIZE }, { UserPoolId: pool.id, MaxResults: PAGE_SIZE });
  const listed = await context.items('ListUserPoolClients', pages, (page) => page.UserPoolClients, ClientSummarySchema, 'user pool client');
  await readEach(listed, async ({ ClientId, ClientName }) => {
    const arn = `${pool.arn}/client/${ClientId}`;
    const settings = await context.field('DescribeUserPoolClient', arn, async () => {
      const response = await client.send(new DescribeUserPoolClientCommand({ UserPoolId: pool.id, ClientId }));
      const details = parse(ClientSchema, response.UserPoolClient, 'user pool client');
      return { preventUserExistenceErrors: details.PreventUserExistenceErrors ?? '', tokenRevocationEnabled: details.EnableTokenRevocation ?? false };
    });
    context.resources.add({ arn, id: ClientId, name: ClientName, region: pool.region, tags: pool.tags, userPoolId: pool.id, settings });
  });
}

function toSettings(pool: z.infer<typeof UserPoolSchema>): UserPoolSettings {
  const policy = pool.Policies?.PasswordPolicy;
  return {
    passwordPolicy: {
      minimumLength: policy?.MinimumLength ?? 0,
      requireLowercase: policy?.RequireLowercase ?? false,
      requireUppercase: policy?.RequireUppercase ?? false,
      requireNumbers: policy?.RequireNumbers ?? false,
      requireSymbols: policy?.RequireSymbols ?? false,
      temporaryPasswordValidityDays: policy?.TemporaryPasswordValidityDays ?? 0,
    },
    deletionProtection: pool.DeletionProtection ?? 'INACTIVE',
    advancedSecurityMode: pool.UserPoolAddOns?.AdvancedSecurityMode ?? 'OFF',
    adminCreateUserOnly: pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly ?? false,
  };
}

/** A pool without a risk configuration takes no action on any risk. */
function toRiskResponses(configuration: z.infer<typeof RiskConfigurationSchema>): RiskResponses {
  const compromised = configuration?.CompromisedCredentialsRiskConfiguration;
  const takeover = configuration?.AccountTakeoverRiskConfiguration?.Actions;
  return {
    compromisedCredentials: { events: compromised?.EventFilter ?? [], action: compromised?.Actions?.EventAction ?? '' },
    accountTakeover: {
      low: takeover?.LowAction?.EventAction ?? '',
      medium: takeover?.MediumAction?.EventAction ?? '',
      high: takeover?.HighAction?.EventAction ?? '',
    },
  };
}

