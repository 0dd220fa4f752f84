import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicWebAcl } from '../../../test/helpers/fixtures/waf.js';
import check from './waf_regional_webacl_logging_enabled.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'passes and fails each resource on its own',
    given: ({ waf }) => {
      waf.regionalWebAcls.add(classicWebAcl('regional', 'a-1'));
      waf.regionalWebAcls.add(classicWebAcl('regional', 'a-2', { loggingEnabled: false }));
    },
    expect: [
      { status: 'PASS', resource: 'a-1', region: 'eu-west-1', detail: 'logs the requests' },
      { status: 'FAIL', resource: 'a-2', region: 'eu-west-1', detail: 'has no logging configured' },
    ],
  },
  {
    name: 'an unread loggingEnabled is an error, not a verdict',
    given: ({ waf }) => waf.regionalWebAcls.add(classicWebAcl('regional', 'a-1', { loggingEnabled: unreadBy('waf', 'ListLoggingConfigurations', 'eu-west-1') })),
    expect: [{ status: 'ERROR', resource: 'a-1', detail: 'ListLoggingConfigurations' }],
  },
  {
    name: 'a failed listing is an error in its region',
    given: ({ waf }) => waf.regionalWebAcls.fail({ region: 'eu-west-1', operation: 'ListWebACLs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'waf:ListWebACLs', region: 'eu-west-1' }],
  },
]);
