import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicRuleGroup } from '../../../test/helpers/fixtures/waf.js';
import check from './waf_global_rulegroup_not_empty.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'passes and fails each resource on its own',
    given: ({ waf }) => {
      waf.globalRuleGroups.add(classicRuleGroup('global', 'g-1'));
      waf.globalRuleGroups.add(classicRuleGroup('global', 'g-2', { hasRules: false }));
    },
    expect: [
      { status: 'PASS', resource: 'g-1', region: 'us-east-1', detail: 'holds at least one rule' },
      { status: 'FAIL', resource: 'g-2', region: 'us-east-1', detail: 'holds no rules' },
    ],
  },
  {
    name: 'an unread hasRules is an error, not a verdict',
    given: ({ waf }) => waf.globalRuleGroups.add(classicRuleGroup('global', 'g-1', { hasRules: unreadBy('waf', 'ListActivatedRulesInRuleGroup', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'g-1', detail: 'ListActivatedRulesInRuleGroup' }],
  },
  {
    name: 'a failed listing is an error in its region',
    given: ({ waf }) => waf.globalRuleGroups.fail({ region: 'us-east-1', operation: 'ListRuleGroups', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'waf:ListRuleGroups', region: 'us-east-1' }],
  },
]);
