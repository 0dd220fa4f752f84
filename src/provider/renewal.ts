import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, MetadataBearer, MiddlewareStack } from '@aws-sdk/types';
import type { Logger } from 'pino';
import { describeError } from '../errors.js';
import { operationOf } from './rate-table.js';

/** Credentials that can be renewed when AWS rejects them early (see RenewableCredentials). */
export type ScanCredentials = AwsCredentialIdentityProvider & { renew?(rejected: AwsCredentialIdentity): Promise<AwsCredentialIdentity> };

/** Errors by which AWS says the signing credentials are expired or their session invalid. */
const REJECTED_CREDENTIALS = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);

function rejectsCredentials(error: unknown, used: AwsCredentialIdentity): error is Error {
  if (!(error instanceof Error)) return false;
  // Without a session token, an invalid key ID is a wrong key, which renewing cannot fix.
  return REJECTED_CREDENTIALS.has(error.name) || (error.name === 'InvalidClientTokenId' && used.sessionToken !== undefined);
}

/**
 * Renewal failures already logged: one line each, however many calls and clients it fails (a
 * failed renewal is one shared error for every call that waited on it).
 */
const reportedRenewalFailures = new WeakSet<object>();

/**
 * A call waiting for a socket, or made while other calls renewed the key, may be sent again with a
 * key that is rejected in turn before the call reaches AWS; a few renewals let it through, and the
 * bound stops a source whose every key is rejected from looping.
 */
const MAX_RENEWALS_PER_CALL = 3;


/**
 * Makes every call of `client` survive credentials that AWS rejects before their announced expiry
 * (a revoked session, a drifting clock): the shared credentials are renewed (once for all calls that
 * saw the same key rejected) and the call is made again, a few times at most. A renewal that fails
 * is logged once, and the call fails with AWS's own error. The scan's clients, the STS client that assumes the
 * audit role with the caller's own credentials, and the upload's client all use it.
 */
export function renewRejectedCredentials(
  client: { middlewareStack: MiddlewareStack<object, MetadataBearer> },
  credentials: ScanCredentials,
  log: Logger | undefined,
  service: string,
): void {
  if (!credentials.renew) return;
  const renew = (rejected: AwsCredentialIdentity) => credentials.renew!(rejected);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      for (let renewals = 0; ; renewals += 1) {
        const used = await credentials();
        try {
          return await next(args);
        } catch (error) {
          if (renewals === MAX_RENEWALS_PER_CALL || !rejectsCredentials(error, used)) throw error;
          const where = { service, operation: operationOf(context.commandName) };
          try {
            const renewed = await renew(used);
            log?.info({ ...where, error: error.name, previousKey: used.accessKeyId, key: renewed.accessKeyId }, 'AWS rejected the credentials before their expiry; renewed them');
          } catch (renewalError) {
            if (renewalError instanceof Object && !reportedRenewalFailures.has(renewalError)) {
              reportedRenewalFailures.add(renewalError);
              log?.warn({ ...where, error: error.name, renewal: describeError(renewalError) }, 'AWS rejected the credentials and renewing them failed; what they could not read is reported as ERROR');
            }
            throw error;
          }
        }
      }
    },
    { step: 'initialize', name: 'scannerCredentialRenewal', priority: 'high' },
  );
}
