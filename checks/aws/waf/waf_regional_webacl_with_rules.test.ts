import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicWebAclRules } from '../../../test/helpers/fixtures/waf.js';
import check from './waf_regional_webacl_with_rules.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'passes and fails each resource on its own',
    given: ({ waf }) => {
      waf.regionalWebAclRules.add(classicWebAclRules('regional', 'a-1'));
      waf.regionalWebAclRules.add(classicWebAclRules('regional', 'a-2', { ruleCount: 0 }));
    },
    expect: [
      { status: 'PASS', resource: 'a-1', region: 'eu-west-1', detail: 'evaluates 2 rule(s)' },
      { status: 'FAIL', resource: 'a-2', region: 'eu-west-1', detail: 'has no rules or rule groups' },
    ],
  },
  {
    name: 'an unread ruleCount is an error, not a verdict',
    given: ({ waf }) => waf.regionalWebAclRules.add(classicWebAclRules('regional', 'a-1', { ruleCount: unreadBy('waf', 'GetWebACL', 'eu-west-1') })),
    expect: [{ status: 'ERROR', resource: 'a-1', detail: 'GetWebACL' }],
  },
  {
    name: 'a failed listing is an error in its region',
    given: ({ waf }) => waf.regionalWebAclRules.fail({ region: 'eu-west-1', operation: 'ListWebACLs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'waf:ListWebACLs', region: 'eu-west-1' }],
  },
]);
