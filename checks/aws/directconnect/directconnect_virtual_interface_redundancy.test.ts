import { testCheck } from '../../../test/helpers/check-cases.js';
import { gateway } from '../../../test/helpers/fixtures/directconnect.js';
import check from './directconnect_virtual_interface_redundancy.js';

testCheck(check, [
  { name: 'no virtual interfaces', expect: [] },
  {
    name: 'a virtual private gateway with two interfaces passes',
    given: ({ directconnect }) => directconnect.gateways.add(gateway('vgw-1')),
    expect: [{ status: 'PASS', resource: 'vgw-1', region: 'eu-west-1', detail: 'The virtual private gateway vgw-1 has 2 virtual interfaces' }],
  },
  {
    name: 'a Direct Connect gateway with one interface fails',
    given: ({ directconnect }) => directconnect.gateways.add(gateway('dxgw-1', { kind: 'Direct Connect gateway', virtualInterfaceIds: ['dxvif-1'] })),
    expect: [{ status: 'FAIL', resource: 'dxgw-1', detail: 'The Direct Connect gateway dxgw-1 has a single virtual interface' }],
  },
  {
    name: 'a region whose virtual interfaces could not be listed is an error there',
    given: ({ directconnect }) => directconnect.gateways.fail({ region: 'us-east-1', operation: 'DescribeVirtualInterfaces', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'directconnect:DescribeVirtualInterfaces', region: 'us-east-1', detail: 'Could not list directconnect gateways in us-east-1' }],
  },
]);
