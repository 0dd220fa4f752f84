import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { publicSend, sqsQueue } from '../../../test/helpers/fixtures/sqs.js';
import check from './sqs_queues_not_publicly_accessible.js';

const url = (name: string) => `https://sqs.eu-west-1.amazonaws.com/111122223333/${name}`;

testCheck(check, [
  { name: 'no queues', expect: [] },
  {
    name: 'a public principal fails unless a condition names the caller, even another account',
    given: ({ sqs }) => {
      sqs.queues.add(sqsQueue('no-policy'));
      sqs.queues.add(sqsQueue('open', { policy: publicSend() }));
      sqs.queues.add(sqsQueue('from-topic', { policy: publicSend({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:444455556666:events' } }) }));
      sqs.queues.add(sqsQueue('by-ip-only', { policy: publicSend({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }) }));
      sqs.queues.add(sqsQueue('private-principal', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['sqs:*'] }] } }));
    },
    expect: [
      { status: 'PASS', resource: url('no-policy') },
      { status: 'FAIL', resource: url('open') },
      { status: 'PASS', resource: url('from-topic') },
      { status: 'FAIL', resource: url('by-ip-only') },
      { status: 'PASS', resource: url('private-principal') },
    ],
  },
  {
    name: 'attributes that could not be read: ERROR',
    given: ({ sqs }) => sqs.queues.add(sqsQueue('hidden', {}, { attributes: unreadBy('sqs', 'GetQueueAttributes') })),
    expect: [{ status: 'ERROR', resource: url('hidden'), detail: 'GetQueueAttributes' }],
  },
  {
    name: 'queues that could not be listed: ERROR',
    given: ({ sqs }) => sqs.queues.fail({ region: 'eu-west-1', operation: 'ListQueues', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sqs:ListQueues' }],
  },
]);
