import { defineCheck } from '../../../src/checks/check.js';
import { judgeStaleAccess } from '../../../src/checks/service-access.js';

/**
 * Prowler reads max_unused_bedrock_access_days with this default, but the key is not among its
 * documented AWS config keys (nor ours), so the default always applies.
 */
const MAX_UNUSED_BEDROCK_DAYS = 60;

export default defineCheck({
  id: 'iam_role_access_not_stale_to_bedrock',
  uses: { iam: ['roleServiceAccess'] },
  run({ iam }, report) {
    report.each(iam.roleServiceAccess, (role) => judgeStaleAccess(role, 'Role', { namespace: 'bedrock', title: 'Bedrock' }, MAX_UNUSED_BEDROCK_DAYS));
  },
});
