import { testCheck } from '../../../test/helpers/check-cases.js';
import { restApi } from '../../../test/helpers/fixtures/apigateway.js';
import check from './apigateway_restapi_public.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'public endpoints fail, private ones pass, each named by the API name',
    given: ({ apigateway }) => {
      apigateway.restApis.add(restApi('edge'));
      apigateway.restApis.add(restApi('internal', { publicEndpoint: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'FAIL', resource: 'edge-name', region: 'eu-west-1', detail: 'reachable from the internet' },
      { status: 'PASS', resource: 'internal-name', region: 'us-east-1', detail: 'only a private endpoint' },
    ],
  },
  {
    name: 'a region whose APIs could not be listed is an error there',
    given: ({ apigateway }) => apigateway.restApis.fail({ region: 'eu-west-1', operation: 'GetRestApis', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigateway:GetRestApis', region: 'eu-west-1' }],
  },
]);
