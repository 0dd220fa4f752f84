import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_internet_facing_with_instance_profile.js';

const PROFILE = 'arn:aws:iam::123456789012:instance-profile/web';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'a public instance with a profile fails',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { publicIp: '54.1.2.3', instanceProfileArn: PROFILE })),
    expect: [{ status: 'FAIL', resource: 'i-1', region: 'eu-west-1', detail: PROFILE }],
  },
  {
    name: 'a public address alone or a profile alone passes',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-public', { publicIp: '54.1.2.3' }));
      ec2.instances.add(instance('i-role', { instanceProfileArn: PROFILE }));
    },
    expect: [
      { status: 'PASS', resource: 'i-public' },
      { status: 'PASS', resource: 'i-role' },
    ],
  },
  {
    name: 'terminated instances are not judged, stopped ones are',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-gone', { state: 'terminated', publicIp: '54.1.2.3', instanceProfileArn: PROFILE }));
      ec2.instances.add(instance('i-stopped', { state: 'stopped', publicIp: '54.1.2.4', instanceProfileArn: PROFILE }));
    },
    expect: [{ status: 'FAIL', resource: 'i-stopped' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
