import { defineCheck, notApplicable, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'organizations_delegated_administrators',
  uses: { organizations: ['organization', 'delegatedAdministrators'] },
  config: ['organizations_trusted_delegated_administrators'],
  run({ organizations, config }, report) {
    const trusted = new Set(config.organizations_trusted_delegated_administrators);
    report.each(organizations.organization, (organization) => {
      if (organization.status !== 'ACTIVE') return notApplicable('the account is in no organization');
      const administrators = organizations.delegatedAdministrators.all();
      const last = administrators.at(-1);
      if (!last) return pass(`AWS Organization ${organization.id} has no delegated administrators.`);
      // Prowler's verdict is that of the last administrator listed, whatever the others are.
      return verdict(
        trusted.has(last.id),
        `AWS Organization ${organization.id} has a trusted delegated administrator: ${last.id}.`,
        `AWS Organization ${organization.id} has an untrusted delegated administrator: ${last.id}.`,
      );
    });
  },
});
