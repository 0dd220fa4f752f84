import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { ExitCode, ScannerError, describeError } from '../errors.js';

/** Role chaining (a role assuming a role) is capped by STS at one hour, whatever the role allows. */
export const ROLE_CHAINING_MAX_SECONDS = 3600;

/**
 * Renew this long before expiry. The SDK clients ask again once less than 5 minutes remain, so a
 * larger margin here guarantees they are handed credentials that are actually new.
 */
const REFRESH_MARGIN_MS = 10 * 60 * 1000;

/**
 * Wraps a credential source so that every SDK client shares one copy, renewed before it expires,
 * with concurrent callers waiting on the same renewal instead of each calling STS.
 */
export function sharedRefreshingCredentials(
  fetchCredentials: () => Promise<AwsCredentialIdentity>,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  let renewal: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (credentials: AwsCredentialIdentity): boolean =>
    credentials.expiration === undefined ||
    credentials.expiration.getTime() - now() > REFRESH_MARGIN_MS;
  return () => {
    if (current && fresh(current)) return Promise.resolve(current);
    renewal ??= fetchCredentials()
      .then((credentials) => (current = credentials))
      .finally(() => (renewal = undefined));
    return renewal;
  };
}

export interface StsSettings {
  region: string;
  endpoint?: string;
}

export interface RoleToAssume {
  roleArn: string;
  externalId?: string;
  sessionName: string;
  durationSeconds: number;
}

export function sourceCredentials(profile: string | undefined): AwsCredentialIdentityProvider {
  return sharedRefreshingCredentials(fromNodeProviderChain(profile ? { profile } : {}));
}

export function stsClient(settings: StsSettings, credentials: AwsCredentialIdentityProvider): STSClient {
  return new STSClient({ region: settings.region, endpoint: settings.endpoint, credentials });
}

export async function callerIdentity(sts: STSClient): Promise<{ account: string; arn: string; userId: string }> {
  const identity = await sts.send(new GetCallerIdentityCommand({}));
  if (!identity.Account || !identity.Arn || !identity.UserId) {
    throw new ScannerError('STS GetCallerIdentity returned an incomplete identity', ExitCode.runtimeFailure);
  }
  return { account: identity.Account, arn: identity.Arn, userId: identity.UserId };
}

/** True when the caller is itself an assumed role, so a further AssumeRole is role chaining. */
export function isAssumedRole(callerArn: string): boolean {
  return /^arn:[^:]+:sts::\d{12}:assumed-role\//.test(callerArn);
}

/**
 * Credentials of `role`, assumed with the source credentials behind `sts`, renewed before expiry
 * for as long as the scan runs.
 */
export function assumedRoleCredentials(
  sts: STSClient,
  role: RoleToAssume,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  const assume = async (): Promise<AwsCredentialIdentity> => {
    let response;
    try {
      response = await sts.send(
        new AssumeRoleCommand({
          RoleArn: role.roleArn,
          RoleSessionName: role.sessionName,
          ExternalId: role.externalId,
          DurationSeconds: role.durationSeconds,
        }),
      );
    } catch (error) {
      throw new ScannerError(
        `cannot assume role ${role.roleArn}: ${describeError(error)}. ` +
          `Check the external ID and the role's trust policy (it must trust the calling principal).`,
        ExitCode.runtimeFailure,
        error,
      );
    }
    const c = response.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
      throw new ScannerError(`AssumeRole for ${role.roleArn} returned no credentials`, ExitCode.runtimeFailure);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  };
  return sharedRefreshingCredentials(assume, now);
}
