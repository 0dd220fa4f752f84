import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { replicationSet, responsePlan } from '../../../test/helpers/fixtures/ssmincidents.js';
import check from './ssmincidents_enabled_with_plans.js';

const SET_ARN = 'arn:aws:ssm-incidents::111122223333:replication-set/4cbd0a1c';

testCheck(check, [
  {
    name: 'no replication set fails, under the account in the global region',
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'No Incident Manager replication set exists.' }],
  },
  {
    name: 'an ACTIVE set with a response plan in any region passes',
    given: ({ ssmincidents }) => {
      ssmincidents.replicationSets.add(replicationSet());
      ssmincidents.responsePlans.add(responsePlan('outage', 'us-east-1'));
    },
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: SET_ARN }],
  },
  {
    name: 'an ACTIVE set without response plans fails',
    given: ({ ssmincidents }) => ssmincidents.replicationSets.add(replicationSet()),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'no response plan exists' }],
  },
  {
    name: 'a set that is not ACTIVE fails, plans or not',
    given: ({ ssmincidents }) => {
      ssmincidents.replicationSets.add(replicationSet({ status: 'CREATING' }));
      ssmincidents.responsePlans.add(responsePlan('outage'));
    },
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'not ACTIVE (CREATING)' }],
  },
  {
    name: 'a plan found proves plans exist even when another region could not be listed',
    given: ({ ssmincidents }) => {
      ssmincidents.replicationSets.add(replicationSet());
      ssmincidents.responsePlans.add(responsePlan('outage'));
      ssmincidents.responsePlans.fail({ region: 'us-east-1', operation: 'ListResponsePlans', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'PASS', resource: '111122223333' }],
  },
  {
    name: 'no plan found where a region could not be listed is an error',
    given: ({ ssmincidents }) => {
      ssmincidents.replicationSets.add(replicationSet());
      ssmincidents.responsePlans.fail({ region: 'us-east-1', operation: 'ListResponsePlans', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListResponsePlans failed' }],
  },
  {
    name: 'a set status that could not be read is an error',
    given: ({ ssmincidents }) => ssmincidents.replicationSets.add(replicationSet({ status: unreadBy('ssmincidents', 'GetReplicationSet', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'GetReplicationSet failed' }],
  },
  {
    name: 'replication sets that could not be listed are an error',
    given: ({ ssmincidents }) => ssmincidents.replicationSets.fail({ region: 'us-east-1', operation: 'ListReplicationSets', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ssmincidents:ListReplicationSets', region: 'us-east-1' }],
  },
]);
