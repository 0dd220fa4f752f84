import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { apiCaller, halfOf } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_threat_detection_privilege_escalation.js';

const ACCOUNT = '111122223333';
const ACTIONS = DEFAULT_AWS_CONFIG.threat_detection_privilege_escalation_actions;

testCheck(check, [
  { name: 'no calls found: the account passes', expect: [{ status: 'PASS', resource: ACCOUNT, region: 'us-east-1', detail: 'No identity' }] },
  {
    name: 'an identity that called few of the actions passes the account',
    given: ({ cloudtrail }) => cloudtrail.privilegeEscalationCallers.add(apiCaller('quiet', ['CreateRole'])),
    expect: [{ status: 'PASS', resource: ACCOUNT }],
  },
  {
    name: 'an identity above the threshold of 0.2 fails, reported by its ARN in the global region',
    given: ({ cloudtrail }) => {
      cloudtrail.privilegeEscalationCallers.add(apiCaller('loud', halfOf(ACTIONS)));
      cloudtrail.privilegeEscalationCallers.add(apiCaller('quiet', ['CreateRole']));
    },
    expect: [{ status: 'FAIL', resource: 'loud', region: 'us-east-1', detail: 'Possible privilege escalation by IAMUser loud' }],
  },
  {
    name: 'the share is taken of the configured list, so a shorter list flags sooner',
    config: { threat_detection_privilege_escalation_actions: ['CreateRole', 'Other'], threat_detection_privilege_escalation_threshold: 0.4 },
    given: ({ cloudtrail }) => cloudtrail.privilegeEscalationCallers.add(apiCaller('quiet', ['CreateRole'])),
    expect: [{ status: 'FAIL', resource: 'quiet', detail: 'called 0.5 of the searched actions' }],
  },
  {
    name: 'exactly at the threshold is not above it',
    config: { threat_detection_privilege_escalation_actions: ['CreateRole', 'Other'], threat_detection_privilege_escalation_threshold: 0.5 },
    given: ({ cloudtrail }) => cloudtrail.privilegeEscalationCallers.add(apiCaller('quiet', ['CreateRole'])),
    expect: [{ status: 'PASS', resource: ACCOUNT }],
  },
  {
    name: 'events that could not be searched are an error, not a pass',
    given: ({ cloudtrail }) => cloudtrail.privilegeEscalationCallers.fail({ region: 'eu-west-1', operation: 'LookupEvents', message: 'ThrottlingException: rate exceeded' }),
    expect: [{ status: 'ERROR', resource: ACCOUNT, detail: 'LookupEvents' }],
  },
]);
