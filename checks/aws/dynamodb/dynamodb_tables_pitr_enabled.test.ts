import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { tableBackups } from '../../../test/helpers/fixtures/dynamodb.js';
import check from './dynamodb_tables_pitr_enabled.js';

testCheck(check, [
  { name: 'no tables', expect: [] },
  {
    name: 'judges each table',
    given: ({ dynamodb }) => {
      dynamodb.tableContinuousBackups.add(tableBackups('on', true));
      dynamodb.tableContinuousBackups.add(tableBackups('off', false));
    },
    expect: [
      { status: 'PASS', resource: 'on' },
      { status: 'FAIL', resource: 'off', detail: 'does not have point-in-time' },
    ],
  },
  { name: 'unread backups are an error', given: ({ dynamodb }) => dynamodb.tableContinuousBackups.add(tableBackups('x', unreadBy('dynamodb', 'DescribeContinuousBackups'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeContinuousBackups' }] },
]);
