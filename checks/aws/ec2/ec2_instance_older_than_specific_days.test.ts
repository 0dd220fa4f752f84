import { testCheck } from '../../../test/helpers/check-cases.js';
import { daysBeforeRead, instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_older_than_specific_days.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'an instance running exactly the limit passes, one day more fails',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-180', { launchTime: daysBeforeRead(180) }));
      ec2.instances.add(instance('i-181', { launchTime: daysBeforeRead(181) }));
    },
    expect: [
      { status: 'PASS', resource: 'i-180', detail: '180 days ago' },
      { status: 'FAIL', resource: 'i-181', region: 'eu-west-1', detail: '181 days ago' },
    ],
  },
  {
    name: 'max_ec2_instance_age_in_days moves the limit',
    config: { max_ec2_instance_age_in_days: 30 },
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { launchTime: daysBeforeRead(31) })),
    expect: [{ status: 'FAIL', resource: 'i-1', detail: 'more than 30 days' }],
  },
  {
    name: 'old instances that are not running pass',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-stopped', { state: 'stopped', launchTime: daysBeforeRead(900) }));
      ec2.instances.add(instance('i-gone', { state: 'terminated', launchTime: daysBeforeRead(900) }));
    },
    expect: [
      { status: 'PASS', resource: 'i-stopped', detail: 'not running' },
      { status: 'PASS', resource: 'i-gone' },
    ],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
