import { testCheck } from '../../../test/helpers/check-cases.js';
import { gateway } from '../../../test/helpers/fixtures/storagegateway.js';
import check from './storagegateway_gateway_fault_tolerant.js';

testCheck(check, [
  { name: 'no gateways', expect: [] },
  {
    name: 'a gateway on EC2 fails; other hosts pass',
    given: ({ storagegateway }) => {
      storagegateway.gateways.add(gateway('sgw-1', 'VMWARE'));
      storagegateway.gateways.add(gateway('sgw-2', 'EC2', { region: 'us-east-1' }));
      storagegateway.gateways.add(gateway('sgw-3', 'HYPER-V'));
    },
    expect: [
      { status: 'PASS', resource: 'sgw-1', detail: 'VMWARE' },
      { status: 'FAIL', resource: 'sgw-2', region: 'us-east-1' },
      { status: 'PASS', resource: 'sgw-3' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ storagegateway }) => storagegateway.gateways.fail({ region: 'eu-west-1', operation: 'ListGateways', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'storagegateway:ListGateways' }],
  },
]);
