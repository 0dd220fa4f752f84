import { testCheck } from '../../../test/helpers/check-cases.js';
import { FIXTURE_ACCOUNT } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { publicPublish, snsTopic } from '../../../test/helpers/fixtures/sns.js';
import check from './sns_topics_not_publicly_accessible.js';

const own = FIXTURE_ACCOUNT.id;

testCheck(check, [
  { name: 'no topics', expect: [] },
  {
    name: 'no policy, or a public statement limited to the account, organization, endpoint or source ARN, passes',
    given: ({ sns }) => {
      sns.topics.add(snsTopic('no-policy'));
      sns.topics.add(snsTopic('own-account', { policy: publicPublish({ StringEquals: { 'AWS:SourceOwner': own } }) }));
      sns.topics.add(snsTopic('organization', { policy: publicPublish({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }) }));
      sns.topics.add(snsTopic('endpoint', { policy: publicPublish({ StringLike: { 'SNS:Endpoint': 'https://hooks.example.com/in' } }) }));
      sns.topics.add(snsTopic('source-arn', { policy: publicPublish({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'no-policy' },
      { status: 'PASS', resource: 'own-account', detail: own },
      { status: 'PASS', resource: 'organization', detail: 'organization' },
      { status: 'PASS', resource: 'endpoint', detail: 'endpoint' },
      { status: 'PASS', resource: 'source-arn' },
    ],
  },
  {
    name: 'an unconditioned public principal, another account, a wildcard organization or endpoint fails',
    given: ({ sns }) => {
      sns.topics.add(snsTopic('open', { policy: publicPublish() }));
      sns.topics.add(snsTopic('other-account', { policy: publicPublish({ StringEquals: { 'aws:SourceAccount': '444455556666' } }) }));
      sns.topics.add(snsTopic('any-organization', { policy: publicPublish({ StringEquals: { 'aws:PrincipalOrgID': ['*'] } }) }));
      sns.topics.add(snsTopic('any-endpoint', { policy: publicPublish({ StringLike: { 'sns:endpoint': 'https://*' } }) }));
      sns.topics.add(snsTopic('wildcard-source', { policy: publicPublish({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }) }));
    },
    expect: [
      { status: 'FAIL', resource: 'open' },
      { status: 'FAIL', resource: 'other-account' },
      { status: 'FAIL', resource: 'any-organization' },
      { status: 'FAIL', resource: 'any-endpoint' },
      { status: 'FAIL', resource: 'wildcard-source' },
    ],
  },
  {
    name: 'a public statement pinned by source ARN settles the topic before later statements, as in Prowler',
    given: ({ sns }) =>
      sns.topics.add(
        snsTopic('pinned-first', {
          policy: { Statement: [...publicPublish({ ArnEquals: { 'aws:SourceArn': `arn:aws:cloudwatch:eu-west-1:${own}:alarm:cpu` } }).Statement, ...publicPublish().Statement] },
        }),
      ),
    expect: [{ status: 'PASS', resource: 'pinned-first' }],
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
