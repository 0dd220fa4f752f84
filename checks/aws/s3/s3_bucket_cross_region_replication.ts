import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import type { Verdict } from '../../../src/checks/report.js';
import { bucketIn } from '../../../src/services/s3/names.js';

export default defineCheck({
  id: 's3_bucket_cross_region_replication',
  uses: { s3: ['bucketList', 'bucketReplication', 'bucketVersioning'] },
  run({ s3 }, report) {
    report.each(s3.bucketReplication, (bucket) => {
      const rules = need(bucket.replicationRules);
      let judgement: Verdict = fail(`S3 bucket ${bucket.id} does not replicate to another region.`);
      // Only enabled rules of a versioned bucket count; as in Prowler, the last one decides unless one replicates across regions.
      const effective = rules.length > 0 && need(bucketIn(s3.bucketVersioning, bucket).versioning).enabled ? rules.filter((rule) => rule.status === 'Enabled' && rule.destination) : [];
      for (const rule of effective) {
        const destination = s3.bucketList.find((candidate) => candidate.arn === rule.destination);
        if (destination === undefined) {
          judgement = fail(`S3 bucket ${bucket.id} replicates by rule ${rule.id} to bucket ${rule.destination.split(':').pop() ?? ''}, which is outside the scanned buckets.`);
        } else if (destination.region !== bucket.region) {
          return pass(`S3 bucket ${bucket.id} replicates by rule ${rule.id} to bucket ${destination.id} in region ${destination.region}.`);
        } else {
          judgement = fail(`S3 bucket ${bucket.id} replicates by rule ${rule.id} to bucket ${destination.id} in the same region.`);
        }
      }
      return judgement;
    });
  },
});
