import { testCheck } from '../../../test/helpers/check-cases.js';
import { backupSelection } from '../../../test/helpers/fixtures/backup.js';
import { table } from '../../../test/helpers/fixtures/dynamodb.js';
import check from './dynamodb_table_protected_by_backup_plan.js';

testCheck(check, [
  { name: 'no tables', expect: [] },
  {
    name: 'a selected table passes, others fail',
    given: ({ dynamodb, backup }) => {
      dynamodb.tables.add(table('kept'));
      dynamodb.tables.add(table('lost'));
      backup.selections.add(backupSelection('s1', [table('kept').arn], { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'kept' },
      { status: 'FAIL', resource: 'lost' },
    ],
  },
  {
    name: 'the every-table pattern or * selects all',
    given: ({ dynamodb, backup }) => {
      dynamodb.tables.add(table('any'));
      backup.selections.add(backupSelection('s1', ['arn:aws:dynamodb:*:*:table/*']));
    },
    expect: [{ status: 'PASS', resource: 'any' }],
  },
  {
    name: 'an unprotected table is an error while selections are unknown',
    given: ({ dynamodb, backup }) => {
      dynamodb.tables.add(table('lost'));
      backup.selections.fail({ region: 'us-east-1', operation: 'ListBackupPlans', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'lost', detail: 'ListBackupPlans' }],
  },
]);
