import { testCheck } from '../../../test/helpers/check-cases.js';
import { graphqlApi } from '../../../test/helpers/fixtures/appsync.js';
import check from './appsync_graphql_api_no_api_key_authentication.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'API key authorization fails; other types pass; merged APIs are not judged',
    given: ({ appsync }) => {
      appsync.graphqlApis.add(graphqlApi('iam'));
      appsync.graphqlApis.add(graphqlApi('keyed', { authenticationType: 'API_KEY' }));
      appsync.graphqlApis.add(graphqlApi('cognito', { authenticationType: 'AMAZON_COGNITO_USER_POOLS' }));
      appsync.graphqlApis.add(graphqlApi('merged', { apiType: 'MERGED', authenticationType: 'API_KEY' }));
    },
    expect: [
      { status: 'PASS', resource: 'iam' },
      { status: 'FAIL', resource: 'keyed' },
      { status: 'PASS', resource: 'cognito' },
    ],
  },
  {
    name: 'APIs that could not be listed: ERROR',
    given: ({ appsync }) => appsync.graphqlApis.fail({ region: 'eu-west-1', operation: 'ListGraphqlApis', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'appsync:ListGraphqlApis' }],
  },
]);
