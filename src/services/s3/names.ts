import type { AwsResource, Listing } from '../resource-map.js';

// Pure helpers on S3's collections, kept apart from the SDK so that checks can import them.

/** The names AWS services give their buckets, by service, with `<region>` where the region goes. */
export function predictableBucketNames(account: string): Record<string, string> {
  return {
    Glue: `aws-glue-assets-${account}-<region>`,
    SageMaker: `sagemaker-<region>-${account}`,
    EMR: `aws-emr-studio-${account}-<region>`,
    CodeStar: `aws-codestar-<region>-${account}`,
  };
}

/** The AWS service a bucket's name says it was made for in its region, as a prefix of the name (Prowler matches from the start). */
export function predictableServiceOf(bucketName: string, region: string, account: string): string | undefined {
  return Object.entries(predictableBucketNames(account)).find(([, name]) => bucketName.startsWith(name.replace('<region>', region)))?.[0];
}

/**
 * The same bucket in another collection built on the listing, for checks that weigh two of its
 * configurations. Every such collection holds every bucket the listing found, so one that is
 * missing can only come from a listing failure, which ends the judgement as unread.
 */
export function bucketIn<T extends AwsResource>(listing: Listing<T>, bucket: AwsResource): T {
  const found = listing.found().find((candidate) => candidate.arn === bucket.arn);
  if (found) return found;
  listing.ensureListed();
  throw new Error(`${bucket.arn} is missing from s3 ${listing.name}`);
}

