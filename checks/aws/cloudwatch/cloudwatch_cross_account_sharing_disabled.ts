import { defineCheck, fail, pass } from '../../../src/checks/check.js';

/** The role CloudWatch's console creates when the account shares its data with other accounts. */
const SHARING_ROLE = 'CloudWatch-CrossAccountSharingRole';

export default defineCheck({
  id: 'cloudwatch_cross_account_sharing_disabled',
  uses: { iam: ['roles'] },
  run({ iam, account }, report) {
    const region = account.globalRegion;
    report.about({ arn: `arn:${account.partition}:iam:${region}:${account.id}:role`, id: account.id, region }, () => {
      const sharingRole = iam.roles.find((role) => role.name === SHARING_ROLE);
      if (sharingRole) return fail(`Role ${SHARING_ROLE} exists: CloudWatch data is shared with other accounts.`, { ...sharingRole, region });
      return pass(`No role ${SHARING_ROLE}: CloudWatch data is not shared with other accounts.`);
    });
  },
});
