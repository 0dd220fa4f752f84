import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { eksCluster } from '../../../test/helpers/fixtures/eks.js';
import check from './eks_cluster_kms_cmk_encryption_in_secrets_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'a cluster with an encryption configuration passes; one without fails',
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('sealed'));
      eks.clusters.add(eksCluster('plain', { hasEncryptionConfig: false }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed' },
      { status: 'FAIL', resource: 'plain' },
    ],
  },
  {
    name: 'a cluster that could not be described: ERROR',
    given: ({ eks }) => eks.clusters.add(eksCluster('hidden', {}, { configuration: unreadBy('eks', 'DescribeCluster') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeCluster' }],
  },
  {
    name: 'clusters that could not be listed: ERROR',
    given: ({ eks }) => eks.clusters.fail({ region: 'eu-west-1', operation: 'ListClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'eks:ListClusters' }],
  },
]);
