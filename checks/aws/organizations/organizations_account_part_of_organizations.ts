import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'organizations_account_part_of_organizations',
  uses: { organizations: ['organization'] },
  run({ organizations }, report) {
    report.each(organizations.organization, (organization) =>
      verdict(
        organization.status === 'ACTIVE',
        `The account belongs to AWS Organization ${organization.id}.`,
        'The account does not belong to any AWS Organization.',
      ),
    );
  },
});
