import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_paravirtual_type.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'HVM passes, paravirtual fails, an unreported type passes',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-hvm'));
      ec2.instances.add(instance('i-pv', { virtualizationType: 'paravirtual' }));
      ec2.instances.add(instance('i-unknown', { virtualizationType: null }));
    },
    expect: [
      { status: 'PASS', resource: 'i-hvm', detail: 'hvm' },
      { status: 'FAIL', resource: 'i-pv', region: 'eu-west-1', detail: 'paravirtual' },
      { status: 'PASS', resource: 'i-unknown' },
    ],
  },
  {
    name: 'terminated instances are not judged',
    given: ({ ec2 }) => ec2.instances.add(instance('i-gone', { state: 'terminated', virtualizationType: 'paravirtual' })),
    expect: [],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
