import { testCheck } from '../../../test/helpers/check-cases.js';
import { bedrockApiKey } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_api_key_no_long_term_credentials.js';

testCheck(check, [
  { name: 'no keys', expect: [] },
  {
    name: 'an expired key passes; a key that expires later fails; one beyond 10000 days fails as critical; a key without date is skipped',
    given: ({ iam }) => {
      iam.bedrockApiKeys.add(bedrockApiKey('alice', 'K-EXPIRED', -1));
      iam.bedrockApiKeys.add(bedrockApiKey('alice', 'K-EXPIRING-NOW', 0));
      iam.bedrockApiKeys.add(bedrockApiKey('alice', 'K-30', 30.5));
      iam.bedrockApiKeys.add(bedrockApiKey('bob', 'K-10000', 10_000.5));
      iam.bedrockApiKeys.add(bedrockApiKey('bob', 'K-NEVER', 10_001));
      iam.bedrockApiKeys.add(bedrockApiKey('bob', 'K-UNDATED', null));
    },
    expect: [
      { status: 'PASS', resource: 'K-EXPIRED', region: 'us-east-1' },
      { status: 'PASS', resource: 'K-EXPIRING-NOW' },
      { status: 'FAIL', resource: 'K-30', detail: '30 more days', severity: 'high' },
      { status: 'FAIL', resource: 'K-10000', severity: 'high' },
      { status: 'FAIL', resource: 'K-NEVER', detail: 'never expires', severity: 'critical' },
    ],
  },
  {
    name: 'keys that could not be listed are an error',
    given: ({ iam }) => iam.bedrockApiKeys.fail({ region: 'us-east-1', operation: 'ListServiceSpecificCredentials', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:ListServiceSpecificCredentials', region: 'us-east-1' }],
  },
]);
