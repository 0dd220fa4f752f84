import type { Listing } from '../services/resource-map.js';
import { bucketIn } from '../services/s3/names.js';
import type { AccountPublicAccessBlock, BucketAcl, BucketWith, PublicAccessBlock } from '../services/s3/s3.js';
import { blocksPublicAccess, grantsToEveryone } from './bucket-access.js';
import { need, pass, verdict } from './check.js';
import type { Report } from './report.js';

interface BucketAclExposure {
  accountPublicAccessBlock: Listing<AccountPublicAccessBlock>;
  bucketPublicAccessBlocks: Listing<BucketWith<'publicAccessBlock', PublicAccessBlock | null>>;
  bucketAcls: Listing<BucketWith<'acl', BucketAcl>>;
}

/**
 * Whether bucket ACLs let everyone (or every AWS account) do something, as Prowler's public
 * list and write ACL checks judge it: a Block Public Access that ignores public ACLs and restricts
 * public buckets at account level passes once for the account; otherwise each bucket passes on its
 * own block, else fails on a grant to AllUsers or AuthenticatedUsers of one of `permissions`. The
 * last such grant is the one named, as in Prowler.
 */
export function reportPublicAclAccess(s3: BucketAclExposure, report: Report, permissions: readonly string[], ability: 'listable' | 'writable'): void {
  const [accountBlock] = s3.accountPublicAccessBlock.all();
  if (accountBlock && blocksPublicAccess(accountBlock.settings)) {
    report.about(accountBlock, () => pass('All S3 public access is blocked at account level.'));
    return;
  }
  report.each(s3.bucketPublicAccessBlocks, (bucket) => {
    if (blocksPublicAccess(need(bucket.publicAccessBlock))) return pass(`S3 bucket ${bucket.id} is not publicly ${ability}: its own Block Public Access ignores public ACLs.`);
    const opening = need(bucketIn(s3.bucketAcls, bucket).acl)
      .grants.filter((grant) => grantsToEveryone(grant) && permissions.includes(grant.permission))
      .at(-1);
    return verdict(
      opening === undefined,
      `S3 bucket ${bucket.id} is not publicly ${ability}.`,
      `S3 bucket ${bucket.id} is ${ability} by anyone: its ACL gives ${opening?.uri?.split('/').pop() ?? ''} the ${opening?.permission ?? ''} permission.`,
    );
  });
}
