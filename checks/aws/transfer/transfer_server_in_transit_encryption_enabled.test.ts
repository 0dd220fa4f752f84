import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { transferServer } from '../../../test/helpers/fixtures/transfer.js';
import check from './transfer_server_in_transit_encryption_enabled.js';

testCheck(check, [
  { name: 'no servers', expect: [] },
  {
    name: 'a server accepting FTP fails; encrypted protocols pass',
    given: ({ transfer }) => {
      transfer.servers.add(transferServer('s-sftp'));
      transfer.servers.add(transferServer('s-ftps', { protocols: ['FTPS', 'AS2'] }));
      transfer.servers.add(transferServer('s-ftp', { protocols: ['SFTP', 'FTP'] }, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 's-sftp' },
      { status: 'PASS', resource: 's-ftps' },
      { status: 'FAIL', resource: 's-ftp', region: 'us-east-1' },
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
