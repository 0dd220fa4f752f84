import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { emrCluster, publicNodes } from '../../../test/helpers/fixtures/emr.js';
import check from './emr_cluster_master_nodes_no_public_ip.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'fails clusters whose master has a public DNS name',
    given: ({ emr }) => {
      emr.clusters.add(emrCluster('j-private'));
      emr.clusters.add(emrCluster('j-no-name', { nodes: { masterPublicDnsName: null, masterSecurityGroupIds: [], slaveSecurityGroupIds: [] } }));
      emr.clusters.add(emrCluster('j-public', { region: 'us-east-1', nodes: publicNodes('us-east-1', ['sg-1']) }));
    },
    expect: [
      { status: 'PASS', resource: 'j-private' },
      { status: 'PASS', resource: 'j-no-name' },
      { status: 'FAIL', resource: 'j-public', region: 'us-east-1', detail: 'has a public address' },
    ],
  },
  {
    name: 'a cluster that could not be described is an error',
    given: ({ emr }) => emr.clusters.add(emrCluster('j-hidden', { nodes: unreadBy('emr', 'DescribeCluster') })),
    expect: [{ status: 'ERROR', resource: 'j-hidden', detail: 'DescribeCluster' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ emr }) => emr.clusters.fail({ region: 'eu-west-1', operation: 'ListClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'emr:ListClusters' }],
  },
]);
