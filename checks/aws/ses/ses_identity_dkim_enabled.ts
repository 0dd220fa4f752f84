import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

/** Statuses of a DKIM verification still under way. */
const UNVERIFIED = new Set(['PENDING', 'NOT_STARTED', 'TEMPORARY_FAILURE']);

export default defineCheck({
  id: 'ses_identity_dkim_enabled',
  uses: { ses: ['identities'] },
  run({ ses }, report) {
    report.each(ses.identities, (identity) => {
      const { dkimStatus, dkimSigningEnabled } = need(identity.details);
      const name = `SES identity ${identity.name}`;
      if (dkimStatus === 'SUCCESS') return dkimSigningEnabled ? pass(`${name} has DKIM verified and signing on.`) : fail(`${name} has DKIM verified but signing off.`);
      if (dkimStatus !== null && UNVERIFIED.has(dkimStatus)) return fail(`${name} has DKIM not yet verified (status ${dkimStatus}).`);
      if (dkimStatus === 'FAILED') return fail(`${name} failed DKIM verification.`);
      return fail(`${name} has no DKIM signing configured.`);
    });
  },
});
