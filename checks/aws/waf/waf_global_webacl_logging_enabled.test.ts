import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicWebAcl } from '../../../test/helpers/fixtures/waf.js';
import check from './waf_global_webacl_logging_enabled.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'passes and fails each resource on its own',
    given: ({ waf }) => {
      waf.globalWebAcls.add(classicWebAcl('global', 'a-1'));
      waf.globalWebAcls.add(classicWebAcl('global', 'a-2', { loggingEnabled: false }));
    },
    expect: [
      { status: 'PASS', resource: 'a-1', region: 'us-east-1', detail: 'logs the requests' },
      { status: 'FAIL', resource: 'a-2', region: 'us-east-1', detail: 'has no logging configured' },
    ],
  },
  {
    name: 'an unread loggingEnabled is an error, not a verdict',
    given: ({ waf }) => waf.globalWebAcls.add(classicWebAcl('global', 'a-1', { loggingEnabled: unreadBy('waf', 'ListLoggingConfigurations', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'a-1', detail: 'ListLoggingConfigurations' }],
  },
  {
    name: 'a failed listing is an error in its region',
    given: ({ waf }) => waf.globalWebAcls.fail({ region: 'us-east-1', operation: 'ListWebACLs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'waf:ListWebACLs', region: 'us-east-1' }],
  },
]);
