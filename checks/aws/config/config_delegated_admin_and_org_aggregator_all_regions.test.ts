import { testCheck } from '../../../test/helpers/check-cases.js';
import { aggregator, delegation } from '../../../test/helpers/fixtures/configservice.js';
import check from './config_delegated_admin_and_org_aggregator_all_regions.js';

testCheck(check, [
  {
    name: 'no aggregator anywhere fails once, in the global region',
    given: ({ configservice }) => configservice.delegatedAdministrators.add(delegation(['444455556666'])),
    expect: [{ status: 'FAIL', resource: 'unknown', region: 'us-east-1', detail: 'no organization aggregator' }],
  },
  {
    name: 'an organization aggregator of all regions with a delegated administrator passes',
    given: ({ configservice }) => {
      configservice.aggregators.add(aggregator('org'));
      configservice.delegatedAdministrators.add(delegation(['444455556666']));
    },
    expect: [{ status: 'PASS', resource: 'org', region: 'eu-west-1' }],
  },
  {
    name: 'each shortcoming is named',
    given: ({ configservice }) => {
      configservice.aggregators.add(aggregator('accounts', { organizationWide: false, allAwsRegions: false }));
      configservice.aggregators.add(aggregator('some-regions', { region: 'us-east-1', allAwsRegions: false }));
      configservice.delegatedAdministrators.add(delegation([]));
    },
    expect: [
      { status: 'FAIL', resource: 'accounts', detail: 'no delegated administrator registered for config.amazonaws.com, aggregator accounts is not an organization aggregator.' },
      { status: 'FAIL', resource: 'some-regions', region: 'us-east-1', detail: 'does not cover all AWS regions' },
    ],
  },
  {
    name: 'a delegated administrator the account may not ask about leaves a sound aggregator to manual review',
    given: ({ configservice }) => {
      configservice.aggregators.add(aggregator('org'));
      configservice.aggregators.add(aggregator('accounts', { region: 'us-east-1', organizationWide: false, allAwsRegions: false }));
      configservice.delegatedAdministrators.add(delegation(null));
    },
    expect: [
      { status: 'MANUAL', resource: 'org', detail: 'could not be told' },
      { status: 'FAIL', resource: 'accounts', detail: 'not an organization aggregator; whether' },
    ],
  },
  {
    name: 'unread delegated administrators are an error on each aggregator',
    given: ({ configservice }) => {
      configservice.aggregators.add(aggregator('org'));
      configservice.delegatedAdministrators.fail({ region: 'us-east-1', operation: 'ListDelegatedAdministrators', message: 'TooManyRequestsException: slow down' });
    },
    expect: [{ status: 'ERROR', resource: 'org', detail: 'ListDelegatedAdministrators' }],
  },
  {
    name: 'no aggregator found where a region could not be listed is an error, not a FAIL',
    given: ({ configservice }) => {
      configservice.delegatedAdministrators.add(delegation(['444455556666']));
      configservice.aggregators.fail({ region: 'us-east-1', operation: 'DescribeConfigurationAggregators', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'unknown', detail: 'DescribeConfigurationAggregators' }],
  },
]);
