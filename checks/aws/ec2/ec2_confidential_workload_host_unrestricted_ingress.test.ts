import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { enclaveHost, instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_confidential_workload_host_unrestricted_ingress.js';

type Case = CheckCase<(typeof check)['uses']>;

const cases = [
  { name: 'only 22, 80 and 443 open to the world pass', rules: [rule('tcp', [22, 22], ['0.0.0.0/0']), rule('tcp', [443, 443], [], ['::/0']), rule('udp', [80, 80], ['0.0.0.0/0'])], status: 'PASS' as const },
  { name: 'another TCP port open to the world fails', rules: [rule('tcp', [8443, 8443], ['0.0.0.0/0'])], status: 'FAIL' as const, detail: '8443' },
  { name: 'a UDP port counts too', rules: [rule('udp', [53, 53], [], ['::/0'])], status: 'FAIL' as const, detail: '53' },
  { name: 'any public range counts, not only 0.0.0.0/0', rules: [rule('tcp', [3306, 3306], ['0.0.0.0/1'])], status: 'FAIL' as const, detail: '3306' },
  { name: 'a wide range is named by its bounds', rules: [rule('tcp', [1000, 2000], ['0.0.0.0/0'])], status: 'FAIL' as const, detail: '1000-2000' },
  { name: 'a range covering only allowed ports passes', rules: [rule('tcp', [80, 80], ['0.0.0.0/0']), rule('tcp', [22, 22], ['8.8.8.0/24'])], status: 'PASS' as const },
  { name: 'every protocol open fails', rules: [rule('-1', null, ['0.0.0.0/0'])], status: 'FAIL' as const, detail: 'all ports' },
  { name: 'private sources do not count', rules: [rule('tcp', [0, 65535], ['10.0.0.0/8']), rule('-1', null, [], ['fd00::/8'])], status: 'PASS' as const },
  { name: 'ICMP is not judged', rules: [rule('icmp', [8, 0], ['0.0.0.0/0'])], status: 'PASS' as const },
];

testCheck(check, [
  { name: 'no instances', expect: [] },
  ...cases.map(({ name, rules, status, detail }): Case => ({
    name,
    given: ({ ec2 }) => {
      ec2.instances.add(enclaveHost('i-host', { securityGroupIds: ['sg-host'] }));
      ec2.securityGroups.add(securityGroup('sg-host', { ingressRules: rules }));
    },
    expect: [{ status, resource: 'i-host', region: 'eu-west-1', ...(detail ? { detail } : {}) }],
  })),
  {
    name: 'a group the host names but the listing lacks leaves a clean host for manual review',
    given: ({ ec2 }) => {
      ec2.instances.add(enclaveHost('i-host', { securityGroupIds: ['sg-host', 'sg-missing'] }));
      ec2.securityGroups.add(securityGroup('sg-host'));
    },
    expect: [{ status: 'MANUAL', resource: 'i-host', detail: 'sg-missing' }],
  },
  {
    name: 'an exposure on a visible group fails even when another group is missing',
    given: ({ ec2 }) => {
      ec2.instances.add(enclaveHost('i-host', { securityGroupIds: ['sg-host', 'sg-missing'] }));
      ec2.securityGroups.add(securityGroup('sg-host', { ingressRules: [rule('tcp', [6379, 6379], ['0.0.0.0/0'])] }));
    },
    expect: [{ status: 'FAIL', resource: 'i-host' }],
  },
  {
    name: 'instances without enclaves are not judged',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-plain', { securityGroupIds: ['sg-open'] }));
      ec2.securityGroups.add(securityGroup('sg-open', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
    },
    expect: [],
  },
  {
    name: 'security groups that could not be listed in the host region leave it unjudged',
    given: ({ ec2 }) => {
      ec2.instances.add(enclaveHost('i-host'));
      ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'i-host', detail: 'DescribeSecurityGroups' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
