import { defineCheck, fail, notApplicable, pass, rated } from '../../../src/checks/check.js';

/** Beyond this many days to expiry, Prowler takes a key for one that never expires. */
const NEVER_EXPIRES_AFTER_DAYS = 10_000;
const DAY_MS = 86_400_000;

export default defineCheck({
  id: 'bedrock_api_key_no_long_term_credentials',
  uses: { iam: ['bedrockApiKeys'] },
  run({ iam }, report) {
    report.each(iam.bedrockApiKeys, (key) => {
      if (key.expiresAt === null) return notApplicable('IAM gives no expiry date for the key');
      const what = `Bedrock long-term API key ${key.id} of user ${key.userName}`;
      if (key.expiresAt.getTime() <= key.readAt.getTime()) return pass(`${what} has expired and can no longer be used.`);
      const days = Math.floor((key.expiresAt.getTime() - key.readAt.getTime()) / DAY_MS);
      if (days > NEVER_EXPIRES_AFTER_DAYS) return rated(fail(`${what} never expires; use short-term Bedrock API keys instead.`), 'critical');
      return fail(`${what} is active for ${days} more days; use short-term Bedrock API keys instead.`);
    });
  },
});
