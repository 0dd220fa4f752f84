import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_profile_attached.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'an instance with a profile passes, one without fails',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-role', { instanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/app' }));
      ec2.instances.add(instance('i-bare'));
    },
    expect: [
      { status: 'PASS', resource: 'i-role', detail: 'instance-profile/app' },
      { status: 'FAIL', resource: 'i-bare', region: 'eu-west-1' },
    ],
  },
  {
    name: 'terminated instances are not judged, stopped ones are',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-gone', { state: 'terminated' }));
      ec2.instances.add(instance('i-stopped', { state: 'stopped' }));
    },
    expect: [{ status: 'FAIL', resource: 'i-stopped' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
