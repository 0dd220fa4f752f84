import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ssm_documents_set_as_public',
  uses: { ssm: ['documentSharing'] },
  config: ['trusted_account_ids'],
  run({ ssm, account, config }, report) {
    const trusted = new Set([account.id, ...config.trusted_account_ids]);
    report.each(ssm.documentSharing, (document) => {
      const sharedWith = need(document.sharedWith);
      if (sharedWith.length === 0) return pass(`Document ${document.id} is not shared.`);
      if (sharedWith.length === 1 && sharedWith[0] === 'all') return fail(`Document ${document.id} is public.`);
      const untrusted = sharedWith.filter((id) => !trusted.has(id));
      if (untrusted.length > 0) return fail(`Document ${document.id} is shared with accounts that are not trusted: ${untrusted.join(', ')}.`);
      return pass(`Document ${document.id} is shared only with trusted accounts: ${sharedWith.join(', ')}.`);
    });
  },
});
