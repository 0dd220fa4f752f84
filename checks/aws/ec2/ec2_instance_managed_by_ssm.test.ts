import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import { managedInstance } from '../../../test/helpers/fixtures/ssm.js';
import check from './ec2_instance_managed_by_ssm.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'a running instance Systems Manager manages passes',
    given: ({ ec2, ssm }) => {
      ec2.instances.add(instance('i-1'));
      ssm.managedInstances.add(managedInstance('i-1'));
    },
    expect: [{ status: 'PASS', resource: 'i-1', region: 'eu-west-1', detail: 'is managed' }],
  },
  {
    name: 'a running instance it does not manage fails, even when another instance is managed',
    given: ({ ec2, ssm }) => {
      ec2.instances.add(instance('i-1'));
      ssm.managedInstances.add(managedInstance('i-other'));
    },
    expect: [{ status: 'FAIL', resource: 'i-1', detail: 'not managed' }],
  },
  {
    name: 'pending, stopped and terminated instances pass unasked; stopping ones are judged',
    given: ({ ec2 }) => {
      for (const state of ['pending', 'stopped', 'terminated', 'stopping']) ec2.instances.add(instance(`i-${state}`, { state }));
    },
    expect: [
      { status: 'PASS', resource: 'i-pending', detail: 'is pending' },
      { status: 'PASS', resource: 'i-stopped' },
      { status: 'PASS', resource: 'i-terminated' },
      { status: 'FAIL', resource: 'i-stopping' },
    ],
  },
  {
    name: 'managed instances that could not be listed in the instance region leave it unjudged',
    given: ({ ec2, ssm }) => {
      ec2.instances.add(instance('i-1'));
      ec2.instances.add(instance('i-2', { region: 'us-east-1' }));
      ssm.managedInstances.fail({ region: 'eu-west-1', operation: 'DescribeInstanceInformation', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'i-1', detail: 'DescribeInstanceInformation' },
      { status: 'FAIL', resource: 'i-2', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
