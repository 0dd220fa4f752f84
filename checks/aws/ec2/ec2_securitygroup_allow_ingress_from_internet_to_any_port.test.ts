import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { networkInterface, rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_any_port.js';

const https = rule('tcp', [443, 443], ['0.0.0.0/0']);

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'a group opening nothing to the Internet passes',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [443, 443], ['10.0.0.0/8', '8.8.8.0/24'])] }));
      ec2.networkInterfaces.add(networkInterface('eni-1'));
    },
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'opens no port' }],
  },
  {
    name: 'a port open to anywhere on an instance interface fails',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [https] }));
      ec2.networkInterfaces.add(networkInterface('eni-1'));
    },
    expect: [{ status: 'FAIL', resource: 'sg-1', detail: 'network interface eni-1, whose type (interface) and owner (111122223333)' }],
  },
  {
    name: 'any rule with port fields counts, ICMP and IPv6 included, but not protocol-number rules without ports',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-icmp', { ingressRules: [rule('icmp', [-1, -1], [], ['::/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-esp', { ingressRules: [rule('50', null, ['0.0.0.0/0'])] }));
      ec2.networkInterfaces.add(networkInterface('eni-1'));
    },
    expect: [
      { status: 'FAIL', resource: 'sg-icmp' },
      { status: 'PASS', resource: 'sg-esp' },
    ],
  },
  {
    name: 'interfaces of an allowed type or owner pass, by default VPC endpoints and load balancers',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-endpoint', { ingressRules: [https], networkInterfaceIds: ['eni-endpoint'] }));
      ec2.securityGroups.add(securityGroup('sg-elb', { ingressRules: [https], networkInterfaceIds: ['eni-elb', 'eni-endpoint'] }));
      ec2.networkInterfaces.add(networkInterface('eni-endpoint', { type: 'vpc_endpoint', instanceOwnerId: '' }));
      ec2.networkInterfaces.add(networkInterface('eni-elb', { instanceOwnerId: 'amazon-elb' }));
    },
    expect: [
      { status: 'PASS', resource: 'sg-endpoint', detail: 'only on network interfaces of allowed types or owners' },
      { status: 'PASS', resource: 'sg-elb' },
    ],
  },
  {
    name: 'one interface neither allowed by type nor by owner fails the group',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [https], networkInterfaceIds: ['eni-endpoint', 'eni-lambda'] }));
      ec2.networkInterfaces.add(networkInterface('eni-endpoint', { type: 'vpc_endpoint', instanceOwnerId: '' }));
      ec2.networkInterfaces.add(networkInterface('eni-lambda', { type: 'lambda', instanceOwnerId: '' }));
    },
    expect: [{ status: 'FAIL', resource: 'sg-1', detail: 'eni-lambda, whose type (lambda) and owner (none)' }],
  },
  {
    name: 'the allowed types and owners come from the config',
    config: { ec2_allowed_interface_types: ['lambda'], ec2_allowed_instance_owners: [] },
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-lambda', { ingressRules: [https], networkInterfaceIds: ['eni-lambda'] }));
      ec2.securityGroups.add(securityGroup('sg-elb', { ingressRules: [https], networkInterfaceIds: ['eni-elb'] }));
      ec2.networkInterfaces.add(networkInterface('eni-lambda', { type: 'lambda', instanceOwnerId: '' }));
      ec2.networkInterfaces.add(networkInterface('eni-elb', { instanceOwnerId: 'amazon-elb' }));
    },
    expect: [
      { status: 'PASS', resource: 'sg-lambda' },
      { status: 'FAIL', resource: 'sg-elb' },
    ],
  },
  {
    name: 'a group open on every port gets no finding here while the all-ports check runs',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
      ec2.networkInterfaces.add(networkInterface('eni-1'));
    },
    expect: [],
  },
  {
    name: 'a group open on every port fails here when the all-ports check is not in the scan',
    checksInScan: [check.id],
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
      ec2.networkInterfaces.add(networkInterface('eni-1'));
    },
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a group on no network interface is skipped by default',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [https], networkInterfaceIds: [] })),
    expect: [],
  },
  {
    name: 'a group on no network interface passes when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [https], networkInterfaceIds: [] })),
    expect: [{ status: 'PASS', resource: 'sg-1', detail: 'no network interface carries it' }],
  },
  {
    name: 'a group whose interfaces could not be listed is an error, even when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [https], networkInterfaceIds: unreadBy('ec2', 'DescribeNetworkInterfaces') })),
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'an open group whose region lists no interfaces is an error',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [https] }));
      ec2.networkInterfaces.fail({ region: 'eu-west-1', operation: 'DescribeNetworkInterfaces', message: 'Throttling: slow down' });
    },
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1' }],
  },
]);
