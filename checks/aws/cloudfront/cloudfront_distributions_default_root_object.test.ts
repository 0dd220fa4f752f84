import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configuredDistribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_default_root_object.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'a default root object passes and is named',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.add(configuredDistribution('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1', detail: 'index.html' }],
  },
  {
    name: 'no default root object fails',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.add(configuredDistribution('E1', { defaultRootObject: '' })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'no default root object' }],
  },
  {
    name: 'an unreadable configuration is an error',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.add(configuredDistribution('E1', { defaultRootObject: unreadBy('cloudfront', 'GetDistributionConfig', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'E1', detail: 'GetDistributionConfig' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
