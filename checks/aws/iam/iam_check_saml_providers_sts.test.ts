import { testCheck } from '../../../test/helpers/check-cases.js';
import { samlProvider } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_check_saml_providers_sts.js';

testCheck(check, [
  { name: 'no SAML providers fails for the account', expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'no SAML' }] },
  {
    name: 'each SAML provider passes',
    given: ({ iam }) => {
      iam.samlProviders.add(samlProvider('okta'));
      iam.samlProviders.add(samlProvider('azure-ad'));
    },
    expect: [
      { status: 'PASS', resource: 'okta', region: 'us-east-1', detail: 'okta exists' },
      { status: 'PASS', resource: 'azure-ad', detail: 'azure-ad exists' },
    ],
  },
  {
    name: 'unlisted providers are an error, not a failure',
    given: ({ iam }) => iam.samlProviders.fail({ region: 'us-east-1', operation: 'ListSAMLProviders', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListSAMLProviders failed' }],
  },
]);
