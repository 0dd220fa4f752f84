import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { restApiAuthorizers } from '../../../test/helpers/fixtures/apigateway.js';
import check from './apigateway_restapi_public_with_authorizer.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'public APIs pass with an authorizer and fail without; private ones are left out',
    given: ({ apigateway }) => {
      apigateway.authorizers.add(restApiAuthorizers('guarded'));
      apigateway.authorizers.add(restApiAuthorizers('open', { hasAuthorizer: false }));
      apigateway.authorizers.add(restApiAuthorizers('internal', { publicEndpoint: false, hasAuthorizer: false }));
    },
    expect: [
      { status: 'PASS', resource: 'guarded-name', detail: 'has an authorizer' },
      { status: 'FAIL', resource: 'open-name', detail: 'has no authorizer' },
    ],
  },
  {
    name: 'a private API needs no authorizer read',
    given: ({ apigateway }) => apigateway.authorizers.add(restApiAuthorizers('internal', { publicEndpoint: false, hasAuthorizer: unreadBy('apigateway', 'GetAuthorizers') })),
    expect: [],
  },
  {
    name: 'unread authorizers of a public API are an error',
    given: ({ apigateway }) => apigateway.authorizers.add(restApiAuthorizers('api-1', { hasAuthorizer: unreadBy('apigateway', 'GetAuthorizers') })),
    expect: [{ status: 'ERROR', resource: 'api-1', detail: 'GetAuthorizers' }],
  },
  {
    name: 'a region whose APIs could not be listed is an error there',
    given: ({ apigateway }) => apigateway.authorizers.fail({ region: 'eu-west-1', operation: 'GetRestApis', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigateway:GetRestApis', region: 'eu-west-1' }],
  },
]);
