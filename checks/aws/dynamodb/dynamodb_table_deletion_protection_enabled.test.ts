import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { describedTable } from '../../../test/helpers/fixtures/dynamodb.js';
import check from './dynamodb_table_deletion_protection_enabled.js';

testCheck(check, [
  { name: 'no tables', expect: [] },
  {
    name: 'judges each table',
    given: ({ dynamodb }) => {
      dynamodb.tableDescriptions.add(describedTable('kept', { deletionProtection: true }));
      dynamodb.tableDescriptions.add(describedTable('loose', {}, 'us-east-1'));
    },
    expect: [
      { status: 'PASS', resource: 'kept' },
      { status: 'FAIL', resource: 'loose', region: 'us-east-1' },
    ],
  },
  { name: 'an undescribed table is an error', given: ({ dynamodb }) => dynamodb.tableDescriptions.add(describedTable('x', unreadBy('dynamodb', 'DescribeTable'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeTable' }] },
  { name: 'a failed listing is an error', given: ({ dynamodb }) => dynamodb.tableDescriptions.fail({ region: 'eu-west-1', operation: 'ListTables', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'dynamodb:ListTables' }] },
]);
