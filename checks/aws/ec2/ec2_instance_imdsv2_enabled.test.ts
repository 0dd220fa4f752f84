import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_imdsv2_enabled.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'an instance requiring session tokens passes',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1')),
    expect: [{ status: 'PASS', resource: 'i-1', region: 'eu-west-1', detail: 'only with an IMDSv2 session token' }],
  },
  {
    name: 'an instance with the metadata service off passes, whatever its token setting',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { metadataHttpEndpoint: 'disabled', metadataHttpTokens: 'optional' })),
    expect: [{ status: 'PASS', resource: 'i-1', detail: 'turned off' }],
  },
  {
    name: 'optional tokens (IMDSv1 allowed) fail',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { metadataHttpTokens: 'optional' })),
    expect: [{ status: 'FAIL', resource: 'i-1', detail: 'does not require' }],
  },
  {
    name: 'an instance reporting no metadata options fails',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { metadataHttpTokens: null, metadataHttpEndpoint: null })),
    expect: [{ status: 'FAIL', resource: 'i-1' }],
  },
  {
    name: 'terminated instances are not judged, stopped ones are',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-gone', { state: 'terminated', metadataHttpTokens: 'optional' }));
      ec2.instances.add(instance('i-stopped', { state: 'stopped', metadataHttpTokens: 'optional' }));
    },
    expect: [{ status: 'FAIL', resource: 'i-stopped' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1', detail: 'Could not list ec2 instances' }],
  },
]);
