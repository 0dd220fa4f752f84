import { defineCheck } from '../../../src/checks/check.js';
import { reportPublicAclAccess } from '../../../src/checks/public-bucket-acl.js';

export default defineCheck({
  id: 's3_bucket_public_write_acl',
  uses: { s3: ['accountPublicAccessBlock', 'bucketPublicAccessBlocks', 'bucketAcls'] },
  run({ s3 }, report) {
    reportPublicAclAccess(s3, report, ['FULL_CONTROL', 'WRITE', 'WRITE_ACP'], 'writable');
  },
});
