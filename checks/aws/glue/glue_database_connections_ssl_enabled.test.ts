import { testCheck } from '../../../test/helpers/check-cases.js';
import { connection } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_database_connections_ssl_enabled.js';

testCheck(check, [
  { name: 'no connections', expect: [] },
  {
    name: 'only JDBC_ENFORCE_SSL "true" passes',
    given: ({ glue }) => {
      glue.connections.add(connection('ssl'));
      glue.connections.add(connection('off', { enforceSsl: 'false' }));
      glue.connections.add(connection('unset', { region: 'us-east-1', enforceSsl: null }));
      glue.connections.add(connection('upper', { enforceSsl: 'TRUE' }));
    },
    expect: [
      { status: 'PASS', resource: 'ssl', region: 'eu-west-1', detail: 'enforces SSL' },
      { status: 'FAIL', resource: 'off', detail: 'does not enforce SSL' },
      { status: 'FAIL', resource: 'unset', region: 'us-east-1' },
      { status: 'FAIL', resource: 'upper' },
    ],
  },
  {
    name: 'a region whose connections could not be listed is an error there',
    given: ({ glue }) => glue.connections.fail({ region: 'eu-west-1', operation: 'GetConnections', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'glue:GetConnections', region: 'eu-west-1' }],
  },
]);
