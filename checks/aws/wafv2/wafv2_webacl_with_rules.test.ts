import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { webAclV2Rules } from '../../../test/helpers/fixtures/wafv2.js';
import check from './wafv2_webacl_with_rules.js';

const metered = { name: 'r', cloudWatchMetricsEnabled: true };

testCheck(check, [
  { name: 'no web ACLs', expect: [] },
  {
    name: 'a rule or a rule group is enough; neither fails',
    given: ({ wafv2 }) => {
      wafv2.webAclRules.add(webAclV2Rules('rules-only', { ruleSet: { rules: [metered], ruleGroups: [] } }));
      wafv2.webAclRules.add(webAclV2Rules('groups-only', { ruleSet: { rules: [], ruleGroups: [metered] } }));
      wafv2.webAclRules.add(webAclV2Rules('empty', { scope: 'CLOUDFRONT', ruleSet: { rules: [], ruleGroups: [] } }));
    },
    expect: [
      { status: 'PASS', resource: 'rules-only', detail: '1 rule(s) and 0 rule group(s)' },
      { status: 'PASS', resource: 'groups-only', detail: '0 rule(s) and 1 rule group(s)' },
      { status: 'FAIL', resource: 'empty', region: 'us-east-1', detail: 'has no rules or rule groups' },
    ],
  },
  {
    name: 'an unread web ACL is an error',
    given: ({ wafv2 }) => wafv2.webAclRules.add(webAclV2Rules('a-1', { ruleSet: unreadBy('wafv2', 'GetWebACL') })),
    expect: [{ status: 'ERROR', resource: 'a-1', detail: 'GetWebACL' }],
  },
  {
    name: 'a region whose ACLs could not be listed is an error there',
    given: ({ wafv2 }) => wafv2.webAclRules.fail({ region: 'us-east-1', operation: 'ListWebACLs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'wafv2:ListWebACLs', region: 'us-east-1' }],
  },
]);
