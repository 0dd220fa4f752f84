import { testCheck } from '../../../test/helpers/check-cases.js';
import { PUBLIC_CATALOG_POLICY, catalogPolicy } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_data_catalogs_not_publicly_accessible.js';

testCheck(check, [
  { name: 'no catalog policies read', expect: [] },
  {
    name: 'a public policy fails, a private one passes, a catalog without policy is skipped',
    given: ({ glue }) => {
      glue.catalogPolicies.add(catalogPolicy('eu-west-1', PUBLIC_CATALOG_POLICY));
      glue.catalogPolicies.add(
        catalogPolicy('us-east-1', { Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::444455556666:root'] }, Action: ['glue:GetTable'], Resource: ['*'] }] }),
      );
      glue.catalogPolicies.add(catalogPolicy('eu-central-1'));
    },
    expect: [
      { status: 'FAIL', resource: '111122223333', region: 'eu-west-1', detail: 'makes it public' },
      { status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'does not make it public' },
    ],
  },
  {
    name: 'a wildcard principal confined to an organization is not public',
    given: ({ glue }) =>
      glue.catalogPolicies.add(
        catalogPolicy('eu-west-1', {
          Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['glue:*'], Resource: ['*'], Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }],
        }),
      ),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1' }],
  },
  {
    name: 'a region whose policy could not be read is an error there',
    given: ({ glue }) => glue.catalogPolicies.fail({ region: 'eu-west-1', operation: 'GetResourcePolicy', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'glue:GetResourcePolicy', region: 'eu-west-1' }],
  },
]);
