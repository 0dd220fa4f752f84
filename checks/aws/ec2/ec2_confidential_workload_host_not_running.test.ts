import { testCheck } from '../../../test/helpers/check-cases.js';
import { enclaveHost, instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_confidential_workload_host_not_running.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'stopped, shutting-down and terminated hosts fail; running, pending and stopping ones pass',
    given: ({ ec2 }) => {
      for (const state of ['stopped', 'shutting-down', 'terminated', 'running', 'pending', 'stopping']) ec2.instances.add(enclaveHost(`i-${state}`, { state }));
    },
    expect: [
      { status: 'FAIL', resource: 'i-stopped', region: 'eu-west-1', detail: 'no longer exist' },
      { status: 'FAIL', resource: 'i-shutting-down' },
      { status: 'FAIL', resource: 'i-terminated' },
      { status: 'PASS', resource: 'i-running' },
      { status: 'PASS', resource: 'i-pending' },
      { status: 'PASS', resource: 'i-stopping' },
    ],
  },
  {
    name: 'instances without enclaves are not judged',
    given: ({ ec2 }) => ec2.instances.add(instance('i-plain', { state: 'stopped' })),
    expect: [],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
