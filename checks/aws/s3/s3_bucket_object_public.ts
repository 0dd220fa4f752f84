import { defineCheck, fail, manual, need, notApplicable, pass } from '../../../src/checks/check.js';
import { grantsToEveryone } from '../../../src/checks/bucket-access.js';

export default defineCheck({
  id: 's3_bucket_object_public',
  uses: { s3: ['bucketObjectSamples'] },
  // The collection samples objects only when enabled, and takes the sizes of the sample from the other two keys.
  config: ['s3_bucket_object_public_enabled', 's3_bucket_object_public_max_objects', 's3_bucket_object_public_sample_size'],
  run({ s3, config }, report) {
    if (!config.s3_bucket_object_public_enabled) return;
    report.each(s3.bucketObjectSamples, (bucket) => {
      const sample = need(bucket.objectSample);
      if (sample === null) return notApplicable('its objects were not sampled');
      if (sample.outcome === 'refused') {
        return manual(
          sample.errorCode === 'AccessDenied'
            ? `Access was denied when spot-checking the objects of S3 bucket ${bucket.id}.`
            : `The objects of S3 bucket ${bucket.id} could not be spot-checked: ${sample.message}.`,
        );
      }
      if (sample.outcome === 'empty') return pass(`S3 bucket ${bucket.id} is empty.`);
      const publicKeys = sample.objects.filter((object) => object.grants.some(grantsToEveryone)).map((object) => object.key);
      if (publicKeys.length > 0) {
        return fail(`S3 bucket ${bucket.id} has public objects among the ${sample.objects.length} sampled: ${publicKeys.join(', ')}.`);
      }
      return pass(`None of the ${sample.objects.length} sampled objects of S3 bucket ${bucket.id} is public; only disabling ACLs through Object Ownership rules it out for all.`);
    });
  },
});
