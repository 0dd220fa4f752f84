import { testCheck } from '../../../test/helpers/check-cases.js';
import { instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import { networkInterface } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_instance_uses_single_eni.js';

const eni = (id: string, type: string) => networkInterface(id, { type });

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'one interface passes, two of the counted kinds fail',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-one', { networkInterfaceIds: ['eni-1'] }));
      ec2.instances.add(instance('i-two', { networkInterfaceIds: ['eni-2', 'eni-3'] }));
      ec2.networkInterfaces.add(eni('eni-1', 'interface'));
      ec2.networkInterfaces.add(eni('eni-2', 'interface'));
      ec2.networkInterfaces.add(eni('eni-3', 'efa'));
    },
    expect: [
      { status: 'PASS', resource: 'i-one', detail: 'eni-1' },
      { status: 'FAIL', resource: 'i-two', region: 'eu-west-1', detail: 'eni-3 (efa)' },
    ],
  },
  {
    name: 'interfaces of other kinds, or no longer listed, are not counted',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-1', { networkInterfaceIds: ['eni-1', 'eni-branch', 'eni-vanished'] }));
      ec2.networkInterfaces.add(eni('eni-1', 'trunk'));
      ec2.networkInterfaces.add(eni('eni-branch', 'branch'));
    },
    expect: [{ status: 'PASS', resource: 'i-1' }],
  },
  {
    name: 'an instance without interfaces passes',
    given: ({ ec2 }) => ec2.instances.add(instance('i-1', { state: 'terminated', networkInterfaceIds: [] })),
    expect: [{ status: 'PASS', resource: 'i-1', detail: 'no network interface' }],
  },
  {
    name: 'interfaces that could not be listed in the instance region leave it unjudged',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-1', { networkInterfaceIds: ['eni-1', 'eni-2'] }));
      ec2.networkInterfaces.fail({ region: 'eu-west-1', operation: 'DescribeNetworkInterfaces', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'i-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
