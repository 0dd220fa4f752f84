import { testCheck } from '../../../test/helpers/check-cases.js';
import { enclaveHost, instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_confidential_workload_host_imdsv2_not_enforced.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'a host requiring tokens passes; optional or unreported tokens fail',
    given: ({ ec2 }) => {
      ec2.instances.add(enclaveHost('i-required'));
      ec2.instances.add(enclaveHost('i-optional', { metadataHttpTokens: 'optional' }));
      ec2.instances.add(enclaveHost('i-unreported', { metadataHttpTokens: null }));
    },
    expect: [
      { status: 'PASS', resource: 'i-required', detail: 'isolation of the enclaves' },
      { status: 'FAIL', resource: 'i-optional', region: 'eu-west-1', detail: 'optional' },
      { status: 'FAIL', resource: 'i-unreported' },
    ],
  },
  {
    name: 'instances without enclaves, and hosts pending, shutting down or terminated, are not judged; stopped hosts are',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-plain', { metadataHttpTokens: 'optional' }));
      for (const state of ['pending', 'shutting-down', 'terminated', 'stopped']) ec2.instances.add(enclaveHost(`i-${state}`, { state, metadataHttpTokens: 'optional' }));
    },
    expect: [{ status: 'FAIL', resource: 'i-stopped' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
