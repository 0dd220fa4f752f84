import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { eksCluster } from '../../../test/helpers/fixtures/eks.js';
import check from './eks_control_plane_logging_all_types_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'every required type passes; logging off or a missing type fails',
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('complete'));
      eks.clusters.add(eksCluster('partial', { logging: { enabled: true, types: ['api', 'audit'] } }));
      eks.clusters.add(eksCluster('off', { logging: { enabled: false, types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] } }));
      eks.clusters.add(eksCluster('unstated', { logging: null }));
    },
    expect: [
      { status: 'PASS', resource: 'complete' },
      { status: 'FAIL', resource: 'partial', detail: 'authenticator, controllerManager, scheduler' },
      { status: 'FAIL', resource: 'off', detail: 'off' },
      { status: 'FAIL', resource: 'unstated' },
    ],
  },
  {
    name: 'eks_required_log_types narrows what is required; logging off still fails with none required',
    config: { eks_required_log_types: ['api'] },
    given: ({ eks }) => {
      eks.clusters.add(eksCluster('api-only', { logging: { enabled: true, types: ['api'] } }));
      eks.clusters.add(eksCluster('off', { logging: { enabled: false, types: [] } }));
    },
    expect: [
      { status: 'PASS', resource: 'api-only' },
      { status: 'FAIL', resource: 'off' },
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
