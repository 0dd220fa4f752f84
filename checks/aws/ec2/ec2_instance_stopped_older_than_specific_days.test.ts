import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_stopped_older_than_specific_days.js';

// READ_AT is 2026-01-01T00:00:00Z.
const stopped = (reason: string | null) => ({ state: 'stopped', stateTransitionReason: reason });

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'stopped exactly 30 days passes, 31 days fails',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-30', stopped('User initiated (2025-12-02 00:00:00 GMT)')));
      ec2.instances.add(instance('i-31', stopped('User initiated (2025-12-01 00:00:00 GMT)')));
    },
    expect: [
      { status: 'PASS', resource: 'i-30', detail: '30 days' },
      { status: 'FAIL', resource: 'i-31', region: 'eu-west-1', detail: '31 days' },
    ],
  },
  {
    name: 'max_ec2_instance_stopped_days moves the limit',
    config: { max_ec2_instance_stopped_days: 400 },
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', stopped('User initiated (2025-01-01 12:00:00 GMT)'))),
    expect: [{ status: 'PASS', resource: 'i-1' }],
  },
  {
    name: 'a stopped instance whose reason carries no date passes',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-no-reason', stopped(null)));
      ec2.instances.add(instance('i-odd-reason', stopped('Server.ScheduledStop: Stopped due to scheduled retirement')));
    },
    expect: [
      { status: 'PASS', resource: 'i-no-reason', detail: 'does not say since when' },
      { status: 'PASS', resource: 'i-odd-reason' },
    ],
  },
  {
    name: 'instances that are not stopped pass whatever their reason says',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { stateTransitionReason: 'User initiated (2020-01-01 00:00:00 GMT)' })),
    expect: [{ status: 'PASS', resource: 'i-1', detail: 'not stopped' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
