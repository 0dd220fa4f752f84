import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicRule } from '../../../test/helpers/fixtures/waf.js';
import check from './waf_global_rule_with_conditions.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'passes and fails each resource on its own',
    given: ({ waf }) => {
      waf.globalRules.add(classicRule('global', 'r-1'));
      waf.globalRules.add(classicRule('global', 'r-2', { conditionCount: 0 }));
    },
    expect: [
      { status: 'PASS', resource: 'r-1', region: 'us-east-1', detail: 'condition(s)' },
      { status: 'FAIL', resource: 'r-2', region: 'us-east-1', detail: 'has no conditions' },
    ],
  },
  {
    name: 'an unread conditionCount is an error, not a verdict',
    given: ({ waf }) => waf.globalRules.add(classicRule('global', 'r-1', { conditionCount: unreadBy('waf', 'GetRule', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'r-1', detail: 'GetRule' }],
  },
  {
    name: 'a failed listing is an error in its region',
    given: ({ waf }) => waf.globalRules.fail({ region: 'us-east-1', operation: 'ListRules', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'waf:ListRules', region: 'us-east-1' }],
  },
]);
