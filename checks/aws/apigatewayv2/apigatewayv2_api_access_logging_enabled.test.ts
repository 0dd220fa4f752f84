import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { httpApiStages } from '../../../test/helpers/fixtures/apigatewayv2.js';
import check from './apigatewayv2_api_access_logging_enabled.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'an API without stages is not judged',
    given: ({ apigatewayv2 }) => apigatewayv2.stages.add(httpApiStages('api-1', { stages: [] })),
    expect: [],
  },
  {
    name: 'a logging stage passes, named <api>-<stage>',
    given: ({ apigatewayv2 }) => apigatewayv2.stages.add(httpApiStages('api-1')),
    expect: [{ status: 'PASS', resource: 'api-1-name-$default', region: 'eu-west-1', detail: 'stage $default writes access logs' }],
  },
  {
    name: 'as in Prowler, every stage finding carries the last stage verdict',
    given: ({ apigatewayv2 }) => {
      apigatewayv2.stages.add(httpApiStages('quiet-last', { stages: [{ name: 'prod', accessLogging: true }, { name: 'dev', accessLogging: false }] }));
      apigatewayv2.stages.add(httpApiStages('logs-last', { stages: [{ name: 'dev', accessLogging: false }, { name: 'prod', accessLogging: true }] }));
    },
    expect: [
      { status: 'FAIL', resource: 'quiet-last-name-dev', detail: 'stage dev writes no access logs' },
      { status: 'FAIL', resource: 'quiet-last-name-dev', detail: 'stage dev writes no access logs' },
      { status: 'PASS', resource: 'logs-last-name-prod', detail: 'stage prod writes access logs' },
      { status: 'PASS', resource: 'logs-last-name-prod', detail: 'stage prod writes access logs' },
    ],
  },
  {
    name: 'stages that could not be read are an error',
    given: ({ apigatewayv2 }) => apigatewayv2.stages.add(httpApiStages('api-1', { stages: unreadBy('apigatewayv2', 'GetStages') })),
    expect: [{ status: 'ERROR', resource: 'api-1', detail: 'GetStages' }],
  },
  {
    name: 'a region whose APIs could not be listed is an error there',
    given: ({ apigatewayv2 }) => apigatewayv2.stages.fail({ region: 'eu-west-1', operation: 'GetApis', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigatewayv2:GetApis', region: 'eu-west-1' }],
  },
]);
