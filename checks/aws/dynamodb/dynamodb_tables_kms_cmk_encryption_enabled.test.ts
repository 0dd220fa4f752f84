import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { describedTable } from '../../../test/helpers/fixtures/dynamodb.js';
import check from './dynamodb_tables_kms_cmk_encryption_enabled.js';

testCheck(check, [
  { name: 'no tables', expect: [] },
  {
    name: 'a KMS key passes and is named; the AWS-owned key fails',
    given: ({ dynamodb }) => {
      dynamodb.tableDescriptions.add(describedTable('kms', { encryptionType: 'KMS', kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/k-1' }));
      dynamodb.tableDescriptions.add(describedTable('default'));
    },
    expect: [
      { status: 'PASS', resource: 'kms', detail: 'KMS key k-1' },
      { status: 'FAIL', resource: 'default', detail: 'AWS-owned key' },
    ],
  },
  { name: 'an undescribed table is an error', given: ({ dynamodb }) => dynamodb.tableDescriptions.add(describedTable('x', unreadBy('dynamodb', 'DescribeTable'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeTable' }] },
]);
