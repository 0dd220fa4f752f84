import { testCheck } from '../../../test/helpers/check-cases.js';
import { replicationInstance } from '../../../test/helpers/fixtures/dms.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './dms_instance_no_public_access.js';

testCheck(check, [
  { name: 'no replication instances', expect: [] },
  {
    name: 'a public instance fails only when one of its groups opens every port to anywhere',
    given: ({ dms, ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-open', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-all-tcp', { ingressRules: [rule('tcp', [0, 65535], [], ['::/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-ssh', { ingressRules: [rule('tcp', [22, 22], ['0.0.0.0/0'])] }));
      dms.replicationInstances.add(replicationInstance('private', { securityGroupIds: ['sg-open'] }));
      dms.replicationInstances.add(replicationInstance('public-no-groups', { publiclyAccessible: true }));
      dms.replicationInstances.add(replicationInstance('public-ssh', { publiclyAccessible: true, securityGroupIds: ['sg-ssh'] }));
      dms.replicationInstances.add(replicationInstance('public-open', { publiclyAccessible: true, securityGroupIds: ['sg-ssh', 'sg-open'] }));
      dms.replicationInstances.add(replicationInstance('public-all-tcp', { publiclyAccessible: true, securityGroupIds: ['sg-all-tcp'] }));
    },
    expect: [
      { status: 'PASS', resource: 'private', detail: 'is not publicly accessible' },
      { status: 'PASS', resource: 'public-no-groups' },
      { status: 'PASS', resource: 'public-ssh' },
      { status: 'FAIL', resource: 'public-open', detail: 'sg-open' },
      { status: 'FAIL', resource: 'public-all-tcp', detail: 'sg-all-tcp' },
    ],
  },
  {
    name: 'groups of another region do not count',
    given: ({ dms, ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-open', { region: 'us-east-1', ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
      dms.replicationInstances.add(replicationInstance('public', { publiclyAccessible: true, securityGroupIds: ['sg-open'] }));
    },
    expect: [{ status: 'PASS', resource: 'public' }],
  },
  {
    name: 'unlisted security groups of its region make a public instance an error',
    given: ({ dms, ec2 }) => {
      ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeSecurityGroups', message: 'AccessDenied: denied' });
      dms.replicationInstances.add(replicationInstance('private'));
      dms.replicationInstances.add(replicationInstance('public', { publiclyAccessible: true, securityGroupIds: ['sg-1'] }));
    },
    expect: [
      { status: 'PASS', resource: 'private' },
      { status: 'ERROR', resource: 'public', detail: 'DescribeSecurityGroups' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ dms }) => dms.replicationInstances.fail({ region: 'eu-west-1', operation: 'DescribeReplicationInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'dms:DescribeReplicationInstances' }],
  },
]);
