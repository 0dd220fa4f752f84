import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { transferServer } from '../../../test/helpers/fixtures/transfer.js';
import check from './transfer_server_pqc_ssh_kex_enabled.js';

testCheck(check, [
  { name: 'no servers', expect: [] },
  {
    name: 'a listed post-quantum policy passes; others or none fail',
    given: ({ transfer }) => {
      transfer.servers.add(transferServer('s-pqc'));
      transfer.servers.add(transferServer('s-fips', { securityPolicyName: 'TransferSecurityPolicy-FIPS-2025-03' }));
      transfer.servers.add(transferServer('s-old', { securityPolicyName: 'TransferSecurityPolicy-2018-11' }));
      transfer.servers.add(transferServer('s-none', { securityPolicyName: '' }));
    },
    expect: [
      { status: 'PASS', resource: 's-pqc' },
      { status: 'PASS', resource: 's-fips' },
      { status: 'FAIL', resource: 's-old', detail: 'TransferSecurityPolicy-2018-11' },
      { status: 'FAIL', resource: 's-none', detail: '<none>' },
    ],
  },
  {
    name: 'transfer_pqc_ssh_allowed_policies decides which policies count',
    config: { transfer_pqc_ssh_allowed_policies: ['TransferSecurityPolicy-2024-01'] },
    given: ({ transfer }) => {
      transfer.servers.add(transferServer('s-listed', { securityPolicyName: 'TransferSecurityPolicy-2024-01' }));
      transfer.servers.add(transferServer('s-default'));
    },
    expect: [
      { status: 'PASS', resource: 's-listed' },
      { status: 'FAIL', resource: 's-default' },
    ],
  },
  {
    name: 'a server that could not be described: ERROR',
    given: ({ transfer }) => transfer.servers.add(transferServer('s-hidden', {}, { configuration: unreadBy('transfer', 'DescribeServer') })),
    expect: [{ status: 'ERROR', resource: 's-hidden', detail: 'DescribeServer' }],
  },
  {
    name: 'servers that could not be listed: ERROR',
    given: ({ transfer }) => transfer.servers.fail({ region: 'eu-west-1', operation: 'ListServers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'transfer:ListServers' }],
  },
]);
