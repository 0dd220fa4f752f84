import type { AwsResource } from '../resource-map.js';
import type { PolicyDocument } from '../policy.js';
import { AwsService } from '../service.js';

/** The four switches of an S3 public access block, at bucket or account level. */
export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface AclGrant {
  /** CanonicalUser, Group or AmazonCustomerByEmail. */
  granteeType: string;
  /** For groups, e.g. http://acs.amazonaws.com/groups/global/AllUsers. */
  uri?: string;
  canonicalId?: string;
  /** READ, WRITE, READ_ACP, WRITE_ACP, FULL_CONTROL. */
  permission: string;
}

/**
 * A bucket; `id` and `name` are the bucket name, `region` its own region. For every optional
 * attribute, `undefined` means it could not be read and `null` that the bucket has none.
 */
export interface S3Bucket extends AwsResource {
  aclGrants?: AclGrant[];
  policy?: PolicyDocument | null;
  publicAccessBlock?: PublicAccessBlock | null;
}

/** The account-wide public access block (S3 Control), one per account. */
export interface AccountPublicAccessBlock extends AwsResource {
  /** null when the account has none configured. */
  settings: PublicAccessBlock | null;
}

export class S3Service extends AwsService {
  readonly name = 's3';
  readonly buckets = this.resources<S3Bucket>('buckets');
  readonly accountPublicAccessBlock = this.resources<AccountPublicAccessBlock>('account public access block');

  async load(): Promise<void> {}
}
