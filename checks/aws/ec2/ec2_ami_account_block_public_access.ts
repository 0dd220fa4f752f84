import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ami_account_block_public_access',
  uses: { ec2: ['imageBlockPublicAccess'] },
  run({ ec2 }, report) {
    report.each(ec2.imageBlockPublicAccess, (setting) =>
      verdict(
        setting.state === 'block-new-sharing',
        `AMI block public access is on in ${setting.region}.`,
        `AMI block public access is off in ${setting.region} (${setting.state}): AMIs of the account can be made public.`,
      ),
    );
  },
});
