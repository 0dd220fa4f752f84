import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_public_ip.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'an instance without a public address passes',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1')),
    expect: [{ status: 'PASS', resource: 'i-1', region: 'eu-west-1', detail: 'no public IP' }],
  },
  {
    name: 'an instance with a public address fails, naming it',
    given: ({ ec2 }) =>
      ec2.instances.add(instance('i-1', { publicIp: '203.0.113.7', publicDns: 'ec2-203-0-113-7.eu-west-1.compute.amazonaws.com' })),
    expect: [{ status: 'FAIL', resource: 'i-1', detail: '203.0.113.7 (ec2-203-0-113-7' }],
  },
  {
    name: 'terminated instances are not judged',
    given: ({ ec2 }) => ec2.instances.add(instance('i-gone', { state: 'terminated', publicIp: '203.0.113.7' })),
    expect: [],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-1'));
      ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'RequestLimitExceeded: slow down' });
    },
    expect: [
      { status: 'PASS', resource: 'i-1', region: 'eu-west-1' },
      { status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' },
    ],
  },
]);
