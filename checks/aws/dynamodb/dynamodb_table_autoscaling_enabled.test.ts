import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { tableScalableTarget } from '../../../test/helpers/fixtures/autoscaling.js';
import { describedTable } from '../../../test/helpers/fixtures/dynamodb.js';
import check from './dynamodb_table_autoscaling_enabled.js';

testCheck(check, [
  { name: 'no tables', expect: [] },
  {
    name: 'on-demand passes; provisioned needs read and write targets, matched by name in any region',
    given: ({ dynamodb, autoscaling }) => {
      dynamodb.tableDescriptions.add(describedTable('ondemand'));
      for (const name of ['scaled', 'readonly', 'fixed']) dynamodb.tableDescriptions.add(describedTable(name, { billingMode: 'PROVISIONED' }));
      autoscaling.scalableTargets.add(tableScalableTarget('scaled', 'Read'));
      autoscaling.scalableTargets.add(tableScalableTarget('scaled', 'Write', 'us-east-1'));
      autoscaling.scalableTargets.add(tableScalableTarget('readonly', 'Read'));
    },
    expect: [
      { status: 'PASS', resource: 'ondemand', detail: 'on demand' },
      { status: 'PASS', resource: 'scaled', detail: 'both read and write' },
      { status: 'FAIL', resource: 'readonly', detail: 'of write capacity' },
      { status: 'FAIL', resource: 'fixed', detail: 'of read, write capacity' },
    ],
  },
  {
    name: 'unknown targets in a region make provisioned tables an error, on-demand ones still pass',
    given: ({ dynamodb, autoscaling }) => {
      dynamodb.tableDescriptions.add(describedTable('ondemand'));
      dynamodb.tableDescriptions.add(describedTable('fixed', { billingMode: 'PROVISIONED' }));
      autoscaling.scalableTargets.fail({ region: 'us-east-1', operation: 'DescribeScalableTargets', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'ondemand' },
      { status: 'ERROR', resource: 'fixed', detail: 'DescribeScalableTargets' },
    ],
  },
  { name: 'an undescribed table is an error', given: ({ dynamodb }) => dynamodb.tableDescriptions.add(describedTable('x', unreadBy('dynamodb', 'DescribeTable'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'DescribeTable' }] },
]);
