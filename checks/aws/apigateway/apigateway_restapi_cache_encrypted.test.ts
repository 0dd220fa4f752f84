import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { restApiStages, stage } from '../../../test/helpers/fixtures/apigateway.js';
import check from './apigateway_restapi_cache_encrypted.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'stages that cache are judged; stages that do not are left out',
    given: ({ apigateway }) =>
      apigateway.stages.add(
        restApiStages('api-1', {
          stages: [
            stage('api-1', 'prod'),
            stage('api-1', 'dev', { cacheDataEncrypted: false }),
            stage('api-1', 'test', { cachingEnabled: false, cacheDataEncrypted: false }),
          ],
        }),
      ),
    expect: [
      { status: 'PASS', resource: 'api-1-name', region: 'eu-west-1', detail: 'stage prod encrypts' },
      { status: 'FAIL', resource: 'api-1-name', region: 'eu-west-1', detail: 'stage dev caches responses without encrypting' },
    ],
  },
  {
    name: 'an API whose stages do not cache gives no finding',
    given: ({ apigateway }) => apigateway.stages.add(restApiStages('api-1', { stages: [stage('api-1', 'prod', { cachingEnabled: false })] })),
    expect: [],
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
