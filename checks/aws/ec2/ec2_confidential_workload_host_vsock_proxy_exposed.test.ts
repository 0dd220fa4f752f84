import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { enclaveHost, instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_confidential_workload_host_vsock_proxy_exposed.js';

type Case = CheckCase<(typeof check)['uses']>;

const cases = [
  { name: 'port 5000 open to the world fails', rules: [rule('tcp', [5000, 5000], ['0.0.0.0/0'])], status: 'FAIL' as const, detail: '5000' },
  { name: 'a range reaching into 8000-8090 fails on the overlap', rules: [rule('tcp', [8085, 8100], [], ['::/0'])], status: 'FAIL' as const, detail: '8085, 8086, 8087, 8088, 8089, 8090' },
  { name: 'port 9000 from another public range fails', rules: [rule('tcp', [9000, 9000], ['128.0.0.0/1'])], status: 'FAIL' as const, detail: '9000' },
  { name: 'every protocol open fails', rules: [rule('-1', null, ['0.0.0.0/0'])], status: 'FAIL' as const, detail: '5000' },
  { name: 'all TCP ports open fails', rules: [rule('tcp', [0, 65535], ['0.0.0.0/0'])], status: 'FAIL' as const, detail: '9000' },
  { name: 'other ports open to the world pass', rules: [rule('tcp', [443, 443], ['0.0.0.0/0']), rule('tcp', [8091, 8999], ['0.0.0.0/0'])], status: 'PASS' as const },
  { name: 'UDP on a vsock port is not judged', rules: [rule('udp', [5000, 5000], ['0.0.0.0/0'])], status: 'PASS' as const },
  { name: 'private sources do not count', rules: [rule('tcp', [5000, 5000], ['172.16.0.0/12'])], status: 'PASS' as const },
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
      ec2.instances.add(enclaveHost('i-host', { securityGroupIds: ['sg-missing'] }));
    },
    expect: [{ status: 'MANUAL', resource: 'i-host', detail: 'sg-missing' }],
  },
  {
    name: 'instances without enclaves, and terminated hosts, are not judged',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-plain', { securityGroupIds: ['sg-open'] }));
      ec2.instances.add(enclaveHost('i-gone', { state: 'terminated', securityGroupIds: ['sg-open'] }));
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
