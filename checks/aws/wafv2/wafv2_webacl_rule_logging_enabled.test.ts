import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { webAclV2Rules } from '../../../test/helpers/fixtures/wafv2.js';
import check from './wafv2_webacl_rule_logging_enabled.js';

const rule = (name: string, cloudWatchMetricsEnabled: boolean) => ({ name, cloudWatchMetricsEnabled });

testCheck(check, [
  { name: 'no web ACLs', expect: [] },
  {
    name: 'an ACL without rules or groups is not judged',
    given: ({ wafv2 }) => wafv2.webAclRules.add(webAclV2Rules('empty', { ruleSet: { rules: [], ruleGroups: [] } })),
    expect: [],
  },
  {
    name: 'metrics on every rule and group pass',
    given: ({ wafv2 }) => wafv2.webAclRules.add(webAclV2Rules('a-1')),
    expect: [{ status: 'PASS', resource: 'a-1', region: 'eu-west-1', detail: 'sends CloudWatch metrics' }],
  },
  {
    name: 'the rules and groups without metrics are named',
    given: ({ wafv2 }) => {
      wafv2.webAclRules.add(webAclV2Rules('rules', { ruleSet: { rules: [rule('quiet', false), rule('loud', true)], ruleGroups: [rule('g', true)] } }));
      wafv2.webAclRules.add(webAclV2Rules('groups', { ruleSet: { rules: [], ruleGroups: [rule('fms-first', false)] } }));
      wafv2.webAclRules.add(webAclV2Rules('both', { ruleSet: { rules: [rule('quiet', false)], ruleGroups: [rule('quiet-group', false)] } }));
    },
    expect: [
      { status: 'FAIL', resource: 'rules', detail: 'for rules quiet.' },
      { status: 'FAIL', resource: 'groups', detail: 'for rule groups fms-first.' },
      { status: 'FAIL', resource: 'both', detail: 'for rules quiet and rule groups quiet-group.' },
    ],
  },
  {
    name: 'an unread web ACL is an error',
    given: ({ wafv2 }) => wafv2.webAclRules.add(webAclV2Rules('a-1', { ruleSet: unreadBy('wafv2', 'GetWebACL') })),
    expect: [{ status: 'ERROR', resource: 'a-1', detail: 'GetWebACL' }],
  },
  {
    name: 'a region whose ACLs could not be listed is an error there',
    given: ({ wafv2 }) => wafv2.webAclRules.fail({ region: 'eu-west-1', operation: 'ListWebACLs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'wafv2:ListWebACLs', region: 'eu-west-1' }],
  },
]);
