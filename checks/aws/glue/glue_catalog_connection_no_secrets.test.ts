import { secret } from '../../../src/services/resource-map.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { connectionSecrets } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_catalog_connection_no_secrets.js';

testCheck(check, [
  { name: 'no connections', expect: [] },
  {
    name: 'connections without detections pass, those with detections fail naming kind and property',
    given: ({ glue }) => {
      glue.connectionSecrets.add(connectionSecrets('clean'));
      glue.connectionSecrets.add(connectionSecrets('empty', { properties: secret({}) }));
      glue.connectionSecrets.add(
        connectionSecrets('leaky', {
          region: 'us-east-1',
          propertyScan: { scanned: true, secrets: [{ key: 'PASSWORD', kind: 'Basic auth credentials' }, { key: 'API_KEY', kind: 'AWS access key' }] },
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'clean', region: 'eu-west-1', detail: 'No secrets found in the properties of Glue Data Catalog connection clean' },
      { status: 'PASS', resource: 'empty' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'Basic auth credentials in property PASSWORD, AWS access key in property API_KEY' },
    ],
  },
  {
    name: 'properties that could not be scanned call for a manual review',
    given: ({ glue }) => glue.connectionSecrets.add(connectionSecrets('c', { propertyScan: { scanned: false, reason: 'detector crashed' } })),
    expect: [{ status: 'MANUAL', resource: 'c', detail: 'detector crashed' }],
  },
  {
    name: 'a region whose connections could not be listed is an error there',
    given: ({ glue }) => glue.connectionSecrets.fail({ region: 'eu-west-1', operation: 'GetConnections', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'glue:GetConnections', region: 'eu-west-1' }],
  },
]);
