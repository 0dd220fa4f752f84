import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { httpApiAuthorizers } from '../../../test/helpers/fixtures/apigatewayv2.js';
import check from './apigatewayv2_api_authorizers_enabled.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'APIs with an authorizer pass, others fail, each named by the API name',
    given: ({ apigatewayv2 }) => {
      apigatewayv2.authorizers.add(httpApiAuthorizers('guarded'));
      apigatewayv2.authorizers.add(httpApiAuthorizers('open', { hasAuthorizer: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'guarded-name', region: 'eu-west-1', detail: 'has an authorizer' },
      { status: 'FAIL', resource: 'open-name', region: 'us-east-1', detail: 'has no authorizer' },
    ],
  },
  {
    name: 'unread authorizers are an error',
    given: ({ apigatewayv2 }) => apigatewayv2.authorizers.add(httpApiAuthorizers('api-1', { hasAuthorizer: unreadBy('apigatewayv2', 'GetAuthorizers') })),
    expect: [{ status: 'ERROR', resource: 'api-1', detail: 'GetAuthorizers' }],
  },
  {
    name: 'a region whose APIs could not be listed is an error there',
    given: ({ apigatewayv2 }) => apigatewayv2.authorizers.fail({ region: 'eu-west-1', operation: 'GetApis', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigatewayv2:GetApis', region: 'eu-west-1' }],
  },
]);
