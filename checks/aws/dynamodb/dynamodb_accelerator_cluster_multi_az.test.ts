import { testCheck } from '../../../test/helpers/check-cases.js';
import { daxCluster } from '../../../test/helpers/fixtures/dynamodb.js';
import check from './dynamodb_accelerator_cluster_multi_az.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each cluster',
    given: ({ dynamodb }) => {
      dynamodb.daxClusters.add(daxCluster('good'));
      dynamodb.daxClusters.add(daxCluster('bad', { nodeZones: ['us-east-1a'], region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ dynamodb }) => dynamodb.daxClusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'dynamodb:DescribeClusters' }] },
]);
