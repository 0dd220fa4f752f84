import { defineCheck, fail, manual, need, notApplicable, pass } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

export default defineCheck({
  id: 'ses_identity_not_publicly_accessible',
  uses: { ses: ['identities'] },
  run({ ses }, report) {
    report.each(ses.identities, (identity) => {
      const policies = Object.values(need(identity.details).policies);
      if (policies.length === 0) return notApplicable('no sending authorization policy, so nothing grants outside access');
      const name = `SES identity ${identity.name}`;
      if (!policies.some((policy) => isPolicyPublic(policy))) return pass(`${name} is not public: no authorization policy lets anyone send from it.`);
      // Deny statements are not weighed against the public Allow, so their effect is left to a person.
      const denies = policies.some((policy) => policy.Statement.some((statement) => statement.Effect === 'Deny'));
      return denies
        ? manual(`${name} has authorization policies with a public Allow and explicit Deny statements; review whether the Denies close public access.`)
        : fail(`${name} is public: an authorization policy lets anyone send from it.`);
    });
  },
});
