import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { snsTopic } from '../../../test/helpers/fixtures/sns.js';
import check from './sns_topics_kms_encryption_at_rest_enabled.js';

testCheck(check, [
  { name: 'no topics', expect: [] },
  {
    name: 'a KMS key passes; none fails',
    given: ({ sns }) => {
      sns.topics.add(snsTopic('sealed'));
      sns.topics.add(snsTopic('plain', { kmsMasterKeyId: null }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed', detail: 'alias/aws/sns' },
      { status: 'FAIL', resource: 'plain' },
    ],
  },
  {
    name: 'attributes that could not be read: ERROR',
    given: ({ sns }) => sns.topics.add(snsTopic('hidden', {}, { attributes: unreadBy('sns', 'GetTopicAttributes') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetTopicAttributes' }],
  },
  {
    name: 'topics that could not be listed: ERROR',
    given: ({ sns }) => sns.topics.fail({ region: 'eu-west-1', operation: 'ListTopics', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sns:ListTopics' }],
  },
]);
