import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { activeOrganization, noOrganization } from '../../../test/helpers/fixtures/organizations.js';
import { portfolio } from '../../../test/helpers/fixtures/servicecatalog.js';
import check from './servicecatalog_portfolio_shared_within_organization_only.js';

testCheck(check, [
  { name: 'no portfolios', given: ({ organizations }) => organizations.organization.add(activeOrganization()), expect: [] },
  {
    name: 'in an organization, fails portfolios shared with single accounts',
    given: ({ servicecatalog, organizations }) => {
      organizations.organization.add(activeOrganization());
      servicecatalog.portfolios.add(portfolio('port-internal'));
      servicecatalog.portfolios.add(portfolio('port-partners', { region: 'us-east-1', accountShares: 1 }));
    },
    expect: [
      { status: 'PASS', resource: 'port-internal', region: 'eu-west-1', detail: 'only through AWS Organizations' },
      { status: 'FAIL', resource: 'port-partners', region: 'us-east-1', detail: 'shared with 1 individual account' },
    ],
  },
  {
    name: 'outside an organization nothing is judged, even unread shares',
    given: ({ servicecatalog, organizations }) => {
      organizations.organization.add(noOrganization());
      servicecatalog.portfolios.add(portfolio('port-partners', { accountShares: 3 }));
      servicecatalog.portfolios.add(portfolio('port-hidden', { accountShares: unreadBy('servicecatalog', 'DescribePortfolioShares') }));
    },
    expect: [],
  },
  {
    name: 'shares that could not be read are an error',
    given: ({ servicecatalog, organizations }) => {
      organizations.organization.add(activeOrganization());
      servicecatalog.portfolios.add(portfolio('port-hidden', { accountShares: unreadBy('servicecatalog', 'DescribePortfolioShares') }));
    },
    expect: [{ status: 'ERROR', resource: 'port-hidden', detail: 'DescribePortfolioShares' }],
  },
  {
    name: 'an organization that could not be described is an error for each portfolio',
    given: ({ servicecatalog, organizations }) => {
      organizations.organization.fail({ region: 'us-east-1', operation: 'DescribeOrganization', message: 'AccessDenied: denied' });
      servicecatalog.portfolios.add(portfolio('port-internal'));
    },
    expect: [{ status: 'ERROR', resource: 'port-internal', detail: 'DescribeOrganization' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ servicecatalog, organizations }) => {
      organizations.organization.add(activeOrganization());
      servicecatalog.portfolios.fail({ region: 'eu-west-1', operation: 'ListPortfolios', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'servicecatalog:ListPortfolios' }],
  },
]);
