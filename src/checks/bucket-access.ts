import type { PolicyDocument } from '../services/policy.js';
import type { AclGrant, PublicAccessBlock } from '../services/s3/s3.js';

/**
 * A public access block that ignores public ACLs and restricts public policies to the account:
 * what Prowler counts as blocking public access. Not configured (null) blocks nothing.
 */
export function blocksPublicAccess(block: PublicAccessBlock | null): boolean {
  return block !== null && block.ignorePublicAcls && block.restrictPublicBuckets;
}

/** An ACL grant to the AllUsers (anyone) or AuthenticatedUsers (any AWS account) group. */
export function grantsToEveryone(grant: AclGrant): boolean {
  return grant.granteeType === 'Group' && grant.uri !== undefined && /AllUsers|AuthenticatedUsers/.test(grant.uri);
}

/** Actions whose Deny, when the request is not over TLS, Prowler accepts as enforcing TLS. */
const TRANSPORT_GUARDED_ACTIONS = ['s3:PutObject', 's3:*', '*'];

/**
 * A Deny of uploads (or of everything) for requests with `aws:SecureTransport` "false", which
 * forces every client onto HTTPS. The condition is matched literally, as Prowler does.
 */
export function deniesInsecureTransport(policy: PolicyDocument): boolean {
  return policy.Statement.some(
    (statement) =>
      statement.Effect === 'Deny' &&
      (statement.Action ?? []).some((action) => TRANSPORT_GUARDED_ACTIONS.includes(action)) &&
      statement.Condition?.Bool?.['aws:SecureTransport'] === 'false',
  );
}
