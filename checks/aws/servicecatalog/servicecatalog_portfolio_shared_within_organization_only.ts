import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'servicecatalog_portfolio_shared_within_organization_only',
  uses: { servicecatalog: ['portfolios'], organizations: ['organization'] },
  run({ servicecatalog, organizations }, report) {
    report.each(servicecatalog.portfolios, (portfolio) => {
      // Outside an organization there is no other way to share, so Prowler judges nothing.
      if (!organizations.organization.all().some((organization) => organization.status === 'ACTIVE')) return notApplicable('the account is in no organization');
      const accountShares = need(portfolio.accountShares);
      return verdict(
        accountShares === 0,
        `Service Catalog portfolio ${portfolio.name} is shared only through AWS Organizations, if at all.`,
        `Service Catalog portfolio ${portfolio.name} is shared with ${accountShares} individual ${accountShares === 1 ? 'account' : 'accounts'}.`,
      );
    });
  },
});
