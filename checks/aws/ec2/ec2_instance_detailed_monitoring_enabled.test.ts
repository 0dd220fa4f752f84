import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_detailed_monitoring_enabled.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'detailed monitoring on passes',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { monitoringState: 'enabled' })),
    expect: [{ status: 'PASS', resource: 'i-1', region: 'eu-west-1' }],
  },
  {
    name: 'monitoring disabled fails',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { monitoringState: 'disabled' })),
    expect: [{ status: 'FAIL', resource: 'i-1', detail: 'disabled' }],
  },
  {
    name: 'monitoring still being switched on (pending) fails',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { monitoringState: 'pending' })),
    expect: [{ status: 'FAIL', resource: 'i-1', detail: 'pending' }],
  },
  {
    name: 'terminated instances are judged too, as Prowler judges them',
    given: ({ ec2 }) => ec2.instances.add(instance('i-gone', { state: 'terminated' })),
    expect: [{ status: 'FAIL', resource: 'i-gone' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
