import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { tablePolicy } from '../../../test/helpers/fixtures/dynamodb.js';
import check from './dynamodb_table_cross_account_access.js';

const allow = (principal: string) => ({ Statement: [{ Effect: 'Allow' as const, Principal: { AWS: [principal] }, Action: ['dynamodb:GetItem'] }] });

testCheck(check, [
  { name: 'no tables', expect: [] },
  {
    name: 'a table without a policy is not judged; an own-account policy passes; a foreign account fails unless trusted',
    given: ({ dynamodb }) => {
      dynamodb.tablePolicies.add(tablePolicy('none', null));
      dynamodb.tablePolicies.add(tablePolicy('own', allow('arn:aws:iam::111122223333:role/app')));
      dynamodb.tablePolicies.add(tablePolicy('foreign', allow('999988887777')));
      dynamodb.tablePolicies.add(tablePolicy('trusted', allow('arn:aws:iam::444455556666:root')));
    },
    config: { trusted_account_ids: ['444455556666'] },
    expect: [
      { status: 'PASS', resource: 'own' },
      { status: 'FAIL', resource: 'foreign', detail: 'allows cross-account' },
      { status: 'PASS', resource: 'trusted' },
    ],
  },
  { name: 'an unread policy is an error', given: ({ dynamodb }) => dynamodb.tablePolicies.add(tablePolicy('x', unreadBy('dynamodb', 'GetResourcePolicy'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetResourcePolicy' }] },
]);
