import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { endpoint, endpointPolicy } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_endpoint_connections_trust_boundaries.js';

const SCANNED = '111122223333';
const TRUSTED = '444455556666';
const STRANGER = '999988887777';
const anyone = { AWS: ['*'] };
const rootOf = (account: string) => ({ AWS: [`arn:aws:iam::${account}:root`] });

testCheck(check, [
  { name: 'no endpoints', expect: [] },
  {
    name: 'endpoints without a policy, and endpoints to endpoint services, are not judged',
    given: ({ vpc }) => {
      vpc.endpoints.add(endpoint('vpce-1'));
      vpc.endpoints.add(endpoint('vpce-2', { serviceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-1', policy: endpointPolicy({ Principal: anyone }) }));
    },
    expect: [],
  },
  {
    name: 'a wildcard principal without a condition fails',
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: anyone }) })),
    expect: [{ status: 'FAIL', resource: 'vpce-1', region: 'eu-west-1', detail: 'VPC endpoint vpce-1 in VPC vpc-1 can be reached from accounts that are not trusted' }],
  },
  {
    name: 'a wildcard principal confined to the scanned account by a condition passes',
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: anyone, Condition: { StringEquals: { 'aws:PrincipalAccount': SCANNED } } }) })),
    expect: [{ status: 'PASS', resource: 'vpce-1', detail: 'only from trusted accounts' }],
  },
  {
    name: 'a wildcard principal confined to a source VPC endpoint passes',
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: anyone, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }) })),
    expect: [{ status: 'PASS', resource: 'vpce-1' }],
  },
  {
    name: 'principals of the scanned account or a trusted one pass, one finding each',
    config: { trusted_account_ids: [TRUSTED] },
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: { AWS: [`arn:aws:iam::${SCANNED}:role/app`, TRUSTED] } }) })),
    expect: [
      { status: 'PASS', resource: 'vpce-1' },
      { status: 'PASS', resource: 'vpce-1' },
    ],
  },
  {
    name: 'judging stops at the first principal that is not trusted',
    given: ({ vpc }) =>
      vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: rootOf(SCANNED) }, { Principal: rootOf(STRANGER) }, { Principal: rootOf(SCANNED) }) })),
    expect: [
      { status: 'PASS', resource: 'vpce-1' },
      { status: 'FAIL', resource: 'vpce-1' },
    ],
  },
  {
    name: 'a condition decides over the principal: a stranger confined to the scanned account passes',
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: rootOf(STRANGER), Condition: { StringEquals: { 'aws:SourceAccount': SCANNED } } }) })),
    expect: [{ status: 'PASS', resource: 'vpce-1' }],
  },
  {
    name: 'a condition decides over the principal: the scanned account under a condition that does not confine fails',
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: rootOf(SCANNED), Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) })),
    expect: [{ status: 'FAIL', resource: 'vpce-1' }],
  },
  {
    name: 'with trusted accounts configured, a condition must name every one of them',
    config: { trusted_account_ids: [TRUSTED] },
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: anyone, Condition: { StringEquals: { 'aws:PrincipalAccount': SCANNED } } }) })),
    expect: [{ status: 'FAIL', resource: 'vpce-1' }],
  },
  {
    name: 'a Deny statement is judged like an Allow, as in Prowler',
    given: ({ vpc }) => {
      const policy = endpointPolicy({ Principal: anyone });
      vpc.endpoints.add(endpoint('vpce-1', { policy: { ...policy, Statement: policy.Statement.map((statement) => ({ ...statement, Effect: 'Deny' as const })) } }));
    },
    expect: [{ status: 'FAIL', resource: 'vpce-1' }],
  },
  {
    name: 'a policy naming only service principals gives no finding',
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: endpointPolicy({ Principal: { Service: ['ec2.amazonaws.com'] } }) })),
    expect: [],
  },
  {
    name: 'an endpoint whose policy could not be read is an error',
    given: ({ vpc }) => vpc.endpoints.add(endpoint('vpce-1', { policy: unreadBy('vpc', 'DescribeVpcEndpoints') })),
    expect: [{ status: 'ERROR', resource: 'vpce-1', detail: 'DescribeVpcEndpoints' }],
  },
  {
    name: 'a region whose endpoints could not be listed is an error there',
    given: ({ vpc }) => vpc.endpoints.fail({ region: 'us-east-1', operation: 'DescribeVpcEndpoints', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcEndpoints', region: 'us-east-1' }],
  },
]);
