import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { sqsQueue } from '../../../test/helpers/fixtures/sqs.js';
import check from './sqs_queues_server_side_encryption_enabled.js';

testCheck(check, [
  { name: 'no queues', expect: [] },
  {
    name: 'SSE-SQS or a KMS key passes; neither fails',
    given: ({ sqs }) => {
      sqs.queues.add(sqsQueue('sse-sqs'));
      sqs.queues.add(sqsQueue('sse-kms', { sqsManagedSse: false, kmsMasterKeyId: 'alias/aws/sqs' }));
      sqs.queues.add(sqsQueue('plain', { sqsManagedSse: false }, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'https://sqs.eu-west-1.amazonaws.com/111122223333/sse-sqs', detail: 'SQS-managed' },
      { status: 'PASS', resource: 'https://sqs.eu-west-1.amazonaws.com/111122223333/sse-kms', detail: 'alias/aws/sqs' },
      { status: 'FAIL', resource: 'https://sqs.us-east-1.amazonaws.com/111122223333/plain', region: 'us-east-1' },
    ],
  },
  {
    name: 'attributes that could not be read: ERROR',
    given: ({ sqs }) => sqs.queues.add(sqsQueue('hidden', {}, { attributes: unreadBy('sqs', 'GetQueueAttributes') })),
    expect: [{ status: 'ERROR', resource: 'https://sqs.eu-west-1.amazonaws.com/111122223333/hidden', detail: 'GetQueueAttributes' }],
  },
  {
    name: 'queues that could not be listed: ERROR',
    given: ({ sqs }) => sqs.queues.fail({ region: 'eu-west-1', operation: 'ListQueues', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sqs:ListQueues' }],
  },
]);
