import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { webAclV2Logging } from '../../../test/helpers/fixtures/wafv2.js';
import check from './wafv2_webacl_logging_enabled.js';

testCheck(check, [
  { name: 'no web ACLs', expect: [] },
  {
    name: 'regional and CloudFront ACLs are judged where they are managed',
    given: ({ wafv2 }) => {
      wafv2.webAclLogging.add(webAclV2Logging('a-1'));
      wafv2.webAclLogging.add(webAclV2Logging('cf-1', { scope: 'CLOUDFRONT', loggingEnabled: false }));
    },
    expect: [
      { status: 'PASS', resource: 'a-1', region: 'eu-west-1', detail: 'logs the requests' },
      { status: 'FAIL', resource: 'cf-1', region: 'us-east-1', detail: 'has no logging configured' },
    ],
  },
  {
    name: 'an unread logging configuration is an error',
    given: ({ wafv2 }) => wafv2.webAclLogging.add(webAclV2Logging('a-1', { loggingEnabled: unreadBy('wafv2', 'GetLoggingConfiguration') })),
    expect: [{ status: 'ERROR', resource: 'a-1', detail: 'GetLoggingConfiguration' }],
  },
  {
    name: 'a region whose ACLs could not be listed is an error there',
    given: ({ wafv2 }) => wafv2.webAclLogging.fail({ region: 'eu-west-1', operation: 'ListWebACLs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'wafv2:ListWebACLs', region: 'eu-west-1' }],
  },
]);
