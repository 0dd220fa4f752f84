import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { restApiStageSecrets, scannedStage } from '../../../test/helpers/fixtures/apigateway.js';
import { secret } from '../../../src/services/resource-map.js';
import check from './apigateway_restapi_no_secrets_in_stage_variables.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'each stage is a finding named <api>/<stage>; stages without variables pass',
    given: ({ apigateway }) =>
      apigateway.stageVariableSecrets.add(
        restApiStageSecrets('api-1', {
          stages: [
            scannedStage('api-1', 'prod'),
            scannedStage('api-1', 'empty', { variables: secret({}) }),
            scannedStage('api-1', 'dev', {
              variables: secret({ a: 'x', b: 'y' }),
              variableScan: { scanned: true, secrets: [{ variable: 'a', kind: 'AWS access key' }, { variable: 'b', kind: 'GitHub token' }] },
            }),
            scannedStage('api-1', 'qa', { variables: secret({ c: 'z' }), variableScan: { scanned: true, secrets: [{ variable: 'c', kind: 'Slack token' }] } }),
          ],
        }),
      ),
    expect: [
      { status: 'PASS', resource: 'api-1-name/prod', region: 'eu-west-1', detail: 'No secrets found' },
      { status: 'PASS', resource: 'api-1-name/empty', detail: 'No secrets found' },
      { status: 'FAIL', resource: 'api-1-name/dev', detail: 'Likely secrets in the stage variables of API Gateway REST API api-1-name stage dev: AWS access key in variable a, GitHub token in variable b.' },
      { status: 'FAIL', resource: 'api-1-name/qa', detail: 'Likely secret in the stage variables' },
    ],
  },
  {
    name: 'variables that could not be scanned call for a manual review',
    given: ({ apigateway }) =>
      apigateway.stageVariableSecrets.add(restApiStageSecrets('api-1', { stages: [scannedStage('api-1', 'prod', { variableScan: { scanned: false, reason: 'scanner failed' } })] })),
    expect: [{ status: 'MANUAL', resource: 'api-1-name/prod', detail: 'scanner failed' }],
  },
  {
    name: 'stages that could not be read are an error',
    given: ({ apigateway }) => apigateway.stageVariableSecrets.add(restApiStageSecrets('api-1', { stages: unreadBy('apigateway', 'GetStages') })),
    expect: [{ status: 'ERROR', resource: 'api-1', detail: 'GetStages' }],
  },
  {
    name: 'a region whose APIs could not be listed is an error there',
    given: ({ apigateway }) => apigateway.stageVariableSecrets.fail({ region: 'eu-west-1', operation: 'GetRestApis', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigateway:GetRestApis', region: 'eu-west-1' }],
  },
]);
