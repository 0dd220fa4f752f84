import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { restApiStages, stage } from '../../../test/helpers/fixtures/apigateway.js';
import check from './apigateway_restapi_waf_acl_attached.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'an API without stages is not judged',
    given: ({ apigateway }) => apigateway.stages.add(restApiStages('api-1', { stages: [] })),
    expect: [],
  },
  {
    name: 'each stage is judged on its own, named by its API',
    given: ({ apigateway }) =>
      apigateway.stages.add(restApiStages('api-1', { stages: [stage('api-1', 'prod'), stage('api-1', 'dev', { webAclArn: null })] })),
    expect: [
      { status: 'PASS', resource: 'api-1-name', region: 'eu-west-1', detail: 'stage prod is protected by web ACL' },
      { status: 'FAIL', resource: 'api-1-name', region: 'eu-west-1', detail: 'stage dev has no WAF web ACL' },
    ],
  },
  {
    name: 'stages that could not be read are an error',
    given: ({ apigateway }) => apigateway.stages.add(restApiStages('api-1', { stages: unreadBy('apigateway', 'GetStages') })),
    expect: [{ status: 'ERROR', resource: 'api-1', detail: 'GetStages' }],
  },
  {
    name: 'a region whose APIs could not be listed is an error there',
    given: ({ apigateway }) => apigateway.stages.fail({ region: 'eu-west-1', operation: 'GetRestApis', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigateway:GetRestApis', region: 'eu-west-1' }],
  },
]);
