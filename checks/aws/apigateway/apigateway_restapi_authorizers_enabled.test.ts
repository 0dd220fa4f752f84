import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { restApiAuthorization } from '../../../test/helpers/fixtures/apigateway.js';
import check from './apigateway_restapi_authorizers_enabled.js';

const method = (path: string, httpMethod: string, authorizationType: string) => ({ path, httpMethod, authorizationType });

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'an authorizer passes, even beside open methods, and spares the methods read',
    given: ({ apigateway }) => {
      apigateway.methodAuthorization.add(restApiAuthorization('a', { hasAuthorizer: true, methods: [method('/', 'GET', 'NONE')] }));
      apigateway.methodAuthorization.add(restApiAuthorization('b', { hasAuthorizer: true, methods: unreadBy('apigateway', 'GetResources') }));
    },
    expect: [
      { status: 'PASS', resource: 'a-name', detail: 'has an authorizer' },
      { status: 'PASS', resource: 'b-name', detail: 'has an authorizer' },
    ],
  },
  {
    name: 'without an authorizer, every method must require authorization',
    given: ({ apigateway }) => {
      apigateway.methodAuthorization.add(restApiAuthorization('all-authorized', { methods: [method('/', 'GET', 'AWS_IAM'), method('/x', 'POST', 'COGNITO_USER_POOLS')] }));
      apigateway.methodAuthorization.add(restApiAuthorization('some-open', { methods: [method('/', 'GET', 'AWS_IAM'), method('/x', 'POST', 'NONE'), method('/y', 'PUT', 'NONE')] }));
      apigateway.methodAuthorization.add(restApiAuthorization('no-methods', { methods: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'all-authorized-name', detail: 'every method requires authorization' },
      { status: 'FAIL', resource: 'some-open-name', detail: 'need no authorization: /x POST; /y PUT.' },
      { status: 'FAIL', resource: 'no-methods-name', detail: 'no methods that require authorization' },
    ],
  },
  {
    name: 'unread authorizers or methods are an error',
    given: ({ apigateway }) => {
      apigateway.methodAuthorization.add(restApiAuthorization('a', { hasAuthorizer: unreadBy('apigateway', 'GetAuthorizers') }));
      apigateway.methodAuthorization.add(restApiAuthorization('b', { methods: unreadBy('apigateway', 'GetResources') }));
    },
    expect: [
      { status: 'ERROR', resource: 'a', detail: 'GetAuthorizers' },
      { status: 'ERROR', resource: 'b', detail: 'GetResources' },
    ],
  },
  {
    name: 'a region whose APIs could not be listed is an error there',
    given: ({ apigateway }) => apigateway.methodAuthorization.fail({ region: 'eu-west-1', operation: 'GetRestApis', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigateway:GetRestApis', region: 'eu-west-1' }],
  },
]);
