import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configuredDistribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_logging_enabled.js';

const realtime = 'arn:aws:cloudfront::111122223333:realtime-log-config/edge';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'standard logging passes',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.add(configuredDistribution('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1', detail: 'standard access logs' }],
  },
  {
    name: 'real-time logs alone pass',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.add(configuredDistribution('E1', { loggingEnabled: false, realtimeLogConfigArn: realtime })),
    expect: [{ status: 'PASS', resource: 'E1', detail: 'real-time' }],
  },
  {
    name: 'real-time logs pass even when the standard logging setting could not be read',
    given: ({ cloudfront }) =>
      cloudfront.distributionConfigs.add(
        configuredDistribution('E1', { realtimeLogConfigArn: realtime, loggingEnabled: unreadBy('cloudfront', 'GetDistributionConfig', 'us-east-1') }),
      ),
    expect: [{ status: 'PASS', resource: 'E1', detail: 'real-time' }],
  },
  {
    name: 'neither fails',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.add(configuredDistribution('E1', { loggingEnabled: false })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'logs no requests' }],
  },
  {
    name: 'an unreadable configuration is an error without real-time logs',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.add(configuredDistribution('E1', { loggingEnabled: unreadBy('cloudfront', 'GetDistributionConfig', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'E1', detail: 'GetDistributionConfig' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributionConfigs.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
