import { testCheck } from '../../../test/helpers/check-cases.js';
import { snsSubscription } from '../../../test/helpers/fixtures/sns.js';
import check from './sns_subscription_not_using_http_endpoints.js';

testCheck(check, [
  { name: 'no subscriptions', expect: [] },
  {
    name: 'only the http protocol fails',
    given: ({ sns }) => {
      sns.subscriptions.add(snsSubscription('aaaa-https'));
      sns.subscriptions.add(snsSubscription('bbbb-http', { protocol: 'http', region: 'us-east-1' }));
      sns.subscriptions.add(snsSubscription('cccc-sqs', { protocol: 'sqs' }));
    },
    expect: [
      { status: 'PASS', resource: 'aaaa-https' },
      { status: 'FAIL', resource: 'bbbb-http', region: 'us-east-1' },
      { status: 'PASS', resource: 'cccc-sqs' },
    ],
  },
  {
    name: 'subscriptions that could not be listed: ERROR',
    given: ({ sns }) => sns.subscriptions.fail({ region: 'eu-west-1', operation: 'ListSubscriptionsByTopic', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sns:ListSubscriptionsByTopic' }],
  },
]);
