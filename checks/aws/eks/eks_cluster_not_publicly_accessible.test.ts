import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { eksCluster } from '../../../test/helpers/fixtures/eks.js';
import check from './eks_cluster_not_publicly_accessible.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'fails only a public endpoint open to 0.0.0.0/0',
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('private'));
      eks.clusters.add(eksCluster('public-to-all', { endpointPublicAccess: true, publicAccessCidrs: ['10.0.0.0/8', '0.0.0.0/0'] }));
      eks.clusters.add(eksCluster('public-to-office', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }));
      eks.clusters.add(eksCluster('private-with-stale-cidrs', { endpointPublicAccess: false, publicAccessCidrs: ['0.0.0.0/0'] }));
    },
    expect: [
      { status: 'PASS', resource: 'private' },
      { status: 'FAIL', resource: 'public-to-all' },
      { status: 'PASS', resource: 'public-to-office' },
      { status: 'PASS', resource: 'private-with-stale-cidrs' },
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
