import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import { emrCluster, publicNodes } from '../../../test/helpers/fixtures/emr.js';
import check from './emr_cluster_publicly_accesible.js';

const REGION = 'eu-west-1';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'a public cluster fails when a master or core/task group opens every port to a public range',
    given: ({ emr, ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-all-protocols', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-all-tcp-ports', { ingressRules: [rule('tcp', [0, 65535], [], ['::/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-public-range', { ingressRules: [rule('-1', null, ['198.51.100.0/24', '8.8.8.0/24'])] }));
      ec2.securityGroups.add(securityGroup('sg-ssh', { ingressRules: [rule('tcp', [22, 22], ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-private', { ingressRules: [rule('-1', null, ['10.0.0.0/8'])] }));
      emr.clusters.add(emrCluster('j-master-open', { nodes: publicNodes(REGION, ['sg-all-protocols', 'sg-ssh']) }));
      emr.clusters.add(emrCluster('j-slave-open', { nodes: publicNodes(REGION, ['sg-ssh'], ['sg-all-tcp-ports']) }));
      emr.clusters.add(emrCluster('j-public-range', { nodes: publicNodes(REGION, ['sg-public-range']) }));
      emr.clusters.add(emrCluster('j-guarded', { nodes: publicNodes(REGION, ['sg-ssh', 'sg-gone'], ['sg-private']) }));
      emr.clusters.add(emrCluster('j-private', { nodes: { masterPublicDnsName: null, masterSecurityGroupIds: ['sg-all-protocols'], slaveSecurityGroupIds: [] } }));
    },
    expect: [
      { status: 'FAIL', resource: 'j-master-open', detail: 'master sg-all-protocols' },
      { status: 'FAIL', resource: 'j-slave-open', detail: 'core/task sg-all-tcp-ports' },
      { status: 'FAIL', resource: 'j-public-range', detail: 'master sg-public-range' },
      { status: 'PASS', resource: 'j-guarded', detail: 'none of its security groups' },
      { status: 'PASS', resource: 'j-private', detail: 'no public master' },
    ],
  },
  {
    name: "a public cluster is an error while a group is not found and its region's groups are unlisted",
    given: ({ emr, ec2 }) => {
      ec2.securityGroups.fail({ region: REGION, operation: 'DescribeSecurityGroups', message: 'AccessDenied: denied' });
      emr.clusters.add(emrCluster('j-public', { nodes: publicNodes(REGION, ['sg-unknown']) }));
      emr.clusters.add(emrCluster('j-private'));
    },
    expect: [
      { status: 'ERROR', resource: 'j-public', detail: 'DescribeSecurityGroups' },
      { status: 'PASS', resource: 'j-private' },
    ],
  },
  {
    name: 'a cluster that could not be described is an error',
    given: ({ emr }) => emr.clusters.add(emrCluster('j-hidden', { nodes: unreadBy('emr', 'DescribeCluster') })),
    expect: [{ status: 'ERROR', resource: 'j-hidden', detail: 'DescribeCluster' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ emr }) => emr.clusters.fail({ region: 'us-east-1', operation: 'ListClusters', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'emr:ListClusters', region: 'us-east-1' }],
  },
]);
