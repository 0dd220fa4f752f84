import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { macieDiscovery } from '../../../test/helpers/fixtures/macie.js';
import check from './macie_automated_sensitive_data_discovery_enabled.js';

testCheck(check, [
  { name: 'no region with Macie enabled', expect: [] },
  {
    name: 'automated discovery on passes',
    given: ({ macie }) => macie.automatedDiscovery.add(macieDiscovery()),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1' }],
  },
  {
    name: 'automated discovery off fails',
    given: ({ macie }) => macie.automatedDiscovery.add(macieDiscovery({ region: 'us-east-1', automatedDiscoveryStatus: 'DISABLED' })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'an unread configuration is an error',
    given: ({ macie }) => macie.automatedDiscovery.add(macieDiscovery({ automatedDiscoveryStatus: unreadBy('macie', 'GetAutomatedDiscoveryConfiguration') })),
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'GetAutomatedDiscoveryConfiguration' }],
  },
  {
    name: 'a region whose session could not be read is an error there',
    given: ({ macie }) => macie.automatedDiscovery.fail({ region: 'eu-west-1', operation: 'GetMacieSession', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'macie:GetMacieSession', region: 'eu-west-1' }],
  },
]);
