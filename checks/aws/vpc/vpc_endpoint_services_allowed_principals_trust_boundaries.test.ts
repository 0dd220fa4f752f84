import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { endpointService } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_endpoint_services_allowed_principals_trust_boundaries.js';

const TRUSTED = '444455556666';
const STRANGER = '999988887777';

testCheck(check, [
  { name: 'no endpoint services', expect: [] },
  {
    name: 'a service that allows nobody passes',
    given: ({ vpc }) => vpc.endpointServices.add(endpointService('vpce-svc-1')),
    expect: [{ status: 'PASS', resource: 'vpce-svc-1', region: 'eu-west-1', detail: 'allows no principals' }],
  },
  {
    name: 'the scanned account, by ARN, passes',
    given: ({ vpc }) => vpc.endpointServices.add(endpointService('vpce-svc-1', { allowedPrincipals: ['arn:aws:iam::111122223333:root'] })),
    expect: [{ status: 'PASS', resource: 'vpce-svc-1', detail: 'trusted account 111122223333' }],
  },
  {
    name: 'a configured trusted account, by ID, passes',
    config: { trusted_account_ids: [TRUSTED] },
    given: ({ vpc }) => vpc.endpointServices.add(endpointService('vpce-svc-1', { allowedPrincipals: [TRUSTED] })),
    expect: [{ status: 'PASS', resource: 'vpce-svc-1' }],
  },
  {
    name: 'an untrusted account fails',
    given: ({ vpc }) => vpc.endpointServices.add(endpointService('vpce-svc-1', { allowedPrincipals: [`arn:aws:iam::${STRANGER}:role/partner`] })),
    expect: [{ status: 'FAIL', resource: 'vpce-svc-1', detail: `untrusted account ${STRANGER}` }],
  },
  {
    name: 'the wildcard fails',
    given: ({ vpc }) => vpc.endpointServices.add(endpointService('vpce-svc-1', { allowedPrincipals: ['*'] })),
    expect: [{ status: 'FAIL', resource: 'vpce-svc-1', detail: 'allows any principal' }],
  },
  {
    name: 'the service is reported once per principal, each time with the verdict on the last one',
    given: ({ vpc }) => {
      vpc.endpointServices.add(endpointService('vpce-svc-1', { allowedPrincipals: ['*', STRANGER, '111122223333'] }));
      vpc.endpointServices.add(endpointService('vpce-svc-2', { allowedPrincipals: ['111122223333', STRANGER] }));
    },
    expect: [
      { status: 'PASS', resource: 'vpce-svc-1' },
      { status: 'PASS', resource: 'vpce-svc-1' },
      { status: 'PASS', resource: 'vpce-svc-1' },
      { status: 'FAIL', resource: 'vpce-svc-2' },
      { status: 'FAIL', resource: 'vpce-svc-2' },
    ],
  },
  {
    name: "part of the scanned account's ID counts as the scanned account, as in Prowler",
    given: ({ vpc }) => vpc.endpointServices.add(endpointService('vpce-svc-1', { allowedPrincipals: ['arn:aws:iam::1111:root'] })),
    expect: [{ status: 'PASS', resource: 'vpce-svc-1' }],
  },
  {
    name: 'a service whose permissions could not be read is an error',
    given: ({ vpc }) => vpc.endpointServices.add(endpointService('vpce-svc-1', { allowedPrincipals: unreadBy('vpc', 'DescribeVpcEndpointServicePermissions') })),
    expect: [{ status: 'ERROR', resource: 'vpce-svc-1', detail: 'DescribeVpcEndpointServicePermissions' }],
  },
  {
    name: 'a region whose endpoint services could not be listed is an error there',
    given: ({ vpc }) =>
      vpc.endpointServices.fail({ region: 'us-east-1', operation: 'DescribeVpcEndpointServiceConfigurations', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcEndpointServiceConfigurations', region: 'us-east-1' }],
  },
]);
