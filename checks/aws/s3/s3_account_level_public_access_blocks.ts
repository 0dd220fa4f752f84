import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';
import { blocksPublicAccess } from '../../../src/checks/bucket-access.js';

export default defineCheck({
  id: 's3_account_level_public_access_blocks',
  uses: { s3: ['accountPublicAccessBlock', 'buckets'] },
  run({ s3, account, options }, report) {
    report.each(s3.accountPublicAccessBlock, (block) => {
      if (blocksPublicAccess(block.settings)) {
        return pass(`Block Public Access ignores public ACLs and restricts public buckets for account ${account.id}.`);
      }
      // A bucket found proves the account has some, whatever other buckets could not be listed.
      const hasBuckets = s3.buckets.found().length > 0 || s3.buckets.all().length > 0;
      if (!options.scanUnusedServices && !hasBuckets) return notApplicable('no buckets, and unused services are not scanned');
      return fail(`Block Public Access does not ignore public ACLs and restrict public buckets for account ${account.id}.`);
    });
  },
});
