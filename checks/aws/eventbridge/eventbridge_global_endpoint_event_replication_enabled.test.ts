import { testCheck } from '../../../test/helpers/check-cases.js';
import { globalEndpoint } from '../../../test/helpers/fixtures/eventbridge.js';
import check from './eventbridge_global_endpoint_event_replication_enabled.js';

testCheck(check, [
  { name: 'no endpoints', expect: [] },
  {
    name: 'replication on passes, off fails',
    given: ({ eventbridge }) => {
      eventbridge.endpoints.add(globalEndpoint('replicated'));
      eventbridge.endpoints.add(globalEndpoint('single', { region: 'us-east-1', replicationState: 'DISABLED' }));
    },
    expect: [
      { status: 'PASS', resource: 'replicated', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'single', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose endpoints could not be listed is an error there',
    given: ({ eventbridge }) => eventbridge.endpoints.fail({ region: 'us-east-1', operation: 'ListEndpoints', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'eventbridge:ListEndpoints', region: 'us-east-1' }],
  },
]);
