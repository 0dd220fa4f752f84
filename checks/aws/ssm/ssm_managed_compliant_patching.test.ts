import { testCheck } from '../../../test/helpers/check-cases.js';
import { complianceResource } from '../../../test/helpers/fixtures/ssm.js';
import check from './ssm_managed_compliant_patching.js';

testCheck(check, [
  { name: 'no compliance records', expect: [] },
  {
    name: 'COMPLIANT passes, anything else fails, each in its region',
    given: ({ ssm }) => {
      ssm.complianceResources.add(complianceResource('i-ok'));
      ssm.complianceResources.add(complianceResource('i-behind', { status: 'NON_COMPLIANT', region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'i-ok', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'i-behind', region: 'us-east-1', detail: 'NON_COMPLIANT' },
    ],
  },
  {
    name: 'compliance that could not be listed: ERROR',
    given: ({ ssm }) => ssm.complianceResources.fail({ region: 'eu-west-1', operation: 'ListResourceComplianceSummaries', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'ssm:ListResourceComplianceSummaries' }],
  },
]);
