import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { dataSource, knowledgeBaseDataSources } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_knowledge_base_encrypted_with_cmk.js';

testCheck(check, [
  { name: 'no knowledge bases', expect: [] },
  {
    name: 'each data source is judged on its own key; a knowledge base without data sources has no finding',
    given: ({ bedrock }) => {
      bedrock.knowledgeBaseDataSources.add(
        knowledgeBaseDataSources('KB1', [dataSource('KB1', 'DS1', 'arn:aws:kms:eu-west-1:111122223333:key/k1'), dataSource('KB1', 'DS2', null)]),
      );
      bedrock.knowledgeBaseDataSources.add(knowledgeBaseDataSources('KB2', []));
    },
    expect: [
      { status: 'PASS', resource: 'DS1', region: 'eu-west-1', detail: 'key/k1' },
      { status: 'FAIL', resource: 'DS2', region: 'eu-west-1', detail: 'KB1-name' },
    ],
  },
  {
    name: 'a knowledge base whose data sources could not be read is an error about it',
    given: ({ bedrock }) => bedrock.knowledgeBaseDataSources.add(knowledgeBaseDataSources('KB1', unreadBy('bedrock', 'ListDataSources'))),
    expect: [{ status: 'ERROR', resource: 'KB1', detail: 'ListDataSources' }],
  },
  {
    name: 'a region whose knowledge bases could not be listed is an error there',
    given: ({ bedrock }) => bedrock.knowledgeBaseDataSources.fail({ region: 'eu-west-1', operation: 'ListKnowledgeBases', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'bedrock:ListKnowledgeBases', region: 'eu-west-1' }],
  },
]);
