import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { hub, hubSources, noHub } from '../../../test/helpers/fixtures/securityhub.js';
import check from './securityhub_enabled.js';

testCheck(check, [
  { name: 'no regions read', expect: [] },
  {
    name: 'a hub with a standard passes; one with only an integration passes; one with neither fails; no hub fails',
    given: ({ securityhub }) => {
      for (const region of ['eu-west-1', 'us-east-1', 'us-west-2']) securityhub.hubs.add(hub(region));
      securityhub.hubs.add(noHub('ap-south-1'));
      securityhub.hubSources.add(hubSources('eu-west-1'));
      securityhub.hubSources.add(hubSources('us-east-1', { standards: [], integrations: ['guardduty'] }));
      securityhub.hubSources.add(hubSources('us-west-2', { standards: [], integrations: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'default', region: 'eu-west-1', detail: 'with standards: aws-foundational-security-best-practices' },
      { status: 'PASS', resource: 'default', region: 'us-east-1', detail: 'without standards but with integrations: guardduty' },
      { status: 'FAIL', resource: 'default', region: 'us-west-2', detail: 'no standard or integration' },
      { status: 'FAIL', resource: 'hub/unknown', region: 'ap-south-1', detail: 'not enabled' },
    ],
  },
  {
    name: 'unread integrations do not matter once a standard is enabled, but do otherwise',
    given: ({ securityhub }) => {
      securityhub.hubs.add(hub('eu-west-1'));
      securityhub.hubs.add(hub('us-east-1'));
      securityhub.hubSources.add(hubSources('eu-west-1', { integrations: unreadBy('securityhub', 'ListEnabledProductsForImport') }));
      securityhub.hubSources.add(hubSources('us-east-1', { standards: [], integrations: unreadBy('securityhub', 'ListEnabledProductsForImport', 'us-east-1') }));
    },
    expect: [
      { status: 'PASS', resource: 'default', region: 'eu-west-1' },
      { status: 'ERROR', resource: 'default', region: 'us-east-1', detail: 'ListEnabledProductsForImport failed' },
    ],
  },
  {
    name: 'a region where DescribeHub failed is an error there',
    given: ({ securityhub }) => securityhub.hubs.fail({ region: 'eu-west-1', operation: 'DescribeHub', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'securityhub:DescribeHub', region: 'eu-west-1' }],
  },
]);
