import { defineCheck, firstWhere, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_waf_acl_attached',
  uses: { cognito: ['userPools'], wafv2: ['webAclUserPools'] },
  run({ cognito, wafv2 }, report) {
    report.each(cognito.userPools, (pool) => {
      // A web ACL protects user pools of its own region only.
      const protector = firstWhere(wafv2.webAclUserPools.all(pool.region), (acl) => need(acl.associatedArns).includes(pool.arn));
      return verdict(
        protector !== undefined,
        `User pool ${pool.name} is protected by WAFv2 web ACL ${protector?.name ?? ''}.`,
        `User pool ${pool.name} is not protected by any WAFv2 web ACL.`,
      );
    });
  },
});
