import { testCheck } from '../../../test/helpers/check-cases.js';
import { graphqlApi } from '../../../test/helpers/fixtures/appsync.js';
import check from './appsync_field_level_logging_enabled.js';

testCheck(check, [
  { name: 'no APIs', expect: [] },
  {
    name: 'ALL or ERROR passes, for merged APIs too; other levels or none fail',
    given: ({ appsync }) => {
      appsync.graphqlApis.add(graphqlApi('all'));
      appsync.graphqlApis.add(graphqlApi('errors', { fieldLogLevel: 'ERROR', apiType: 'MERGED' }));
      appsync.graphqlApis.add(graphqlApi('info', { fieldLogLevel: 'INFO' }));
      appsync.graphqlApis.add(graphqlApi('unlogged', { fieldLogLevel: '', region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'all' },
      { status: 'PASS', resource: 'errors' },
      { status: 'FAIL', resource: 'info' },
      { status: 'FAIL', resource: 'unlogged', region: 'us-east-1', detail: 'none' },
    ],
  },
  {
    name: 'APIs that could not be listed: ERROR',
    given: ({ appsync }) => appsync.graphqlApis.fail({ region: 'eu-west-1', operation: 'ListGraphqlApis', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'appsync:ListGraphqlApis' }],
  },
]);
