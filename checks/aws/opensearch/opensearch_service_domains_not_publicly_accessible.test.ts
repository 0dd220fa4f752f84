import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { OPEN_POLICY, domain } from '../../../test/helpers/fixtures/opensearch.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';
import check from './opensearch_service_domains_not_publicly_accessible.js';

const PUBLIC_ENDPOINT = { vpcId: null };

function policyFrom(condition: PolicyStatement['Condition']): PolicyDocument {
  return { Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['es:ESHttpGet'], Condition: condition }] };
}

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'a VPC domain passes whatever its policy; a public one fails on an open policy',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('in-vpc', { settings: { vpcId: 'vpc-1' }, accessPolicy: OPEN_POLICY }));
      opensearch.domains.add(domain('no-policy', { settings: PUBLIC_ENDPOINT, accessPolicy: null }));
      opensearch.domains.add(domain('open', { settings: PUBLIC_ENDPOINT, accessPolicy: OPEN_POLICY, region: 'us-east-1' }));
      opensearch.domains.add(
        domain('named', { settings: PUBLIC_ENDPOINT, accessPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:role/search'] }, Action: ['es:*'] }] } }),
      );
      opensearch.domains.add(domain('denied', { settings: PUBLIC_ENDPOINT, accessPolicy: { Statement: [{ Effect: 'Deny', Principal: { AWS: ['*'] }, Action: ['es:*'] }] } }));
    },
    expect: [
      { status: 'PASS', resource: 'in-vpc', detail: 'VPC vpc-1' },
      { status: 'PASS', resource: 'no-policy' },
      { status: 'FAIL', resource: 'open', region: 'us-east-1', detail: 'publicly accessible through its access policy' },
      { status: 'PASS', resource: 'named' },
      { status: 'PASS', resource: 'denied' },
    ],
  },
  {
    name: 'source address and caller conditions',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('private-range', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.1.1'] } }) }));
      opensearch.domains.add(domain('public-range', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ IpAddress: { 'aws:SourceIp': '203.0.114.0/24' } }) }));
      opensearch.domains.add(domain('anywhere', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ IpAddress: { 'aws:SourceIp': ['0.0.0.0/0'] } }) }));
      opensearch.domains.add(domain('own-account', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ StringEquals: { 'aws:SourceAccount': '111122223333' } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'private-range' },
      { status: 'FAIL', resource: 'public-range' },
      { status: 'FAIL', resource: 'anywhere' },
      { status: 'PASS', resource: 'own-account' },
    ],
  },
  {
    name: 'statements admitting only trusted addresses do not count',
    config: { trusted_ips: ['203.0.114.7', '198.20.0.0/16'] },
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('trusted', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ IpAddress: { 'AWS:SOURCEIP': ['203.0.114.7', '198.20.0.0/16'] } }) }));
      opensearch.domains.add(domain('inside-trusted-range', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ IpAddress: { 'aws:SourceIp': '198.20.1.1' } }) }));
      opensearch.domains.add(domain('partly-trusted', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ IpAddress: { 'aws:SourceIp': ['203.0.114.7', '8.8.8.8'] } }) }));
      opensearch.domains.add(
        domain('second-statement-open', {
          settings: PUBLIC_ENDPOINT,
          accessPolicy: { Statement: [...policyFrom({ IpAddress: { 'aws:SourceIp': '203.0.114.7' } }).Statement, ...OPEN_POLICY.Statement] },
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'trusted' },
      { status: 'FAIL', resource: 'inside-trusted-range' },
      { status: 'FAIL', resource: 'partly-trusted' },
      { status: 'FAIL', resource: 'second-statement-open' },
    ],
  },
  {
    name: 'trusting 0.0.0.0/0 trusts nothing',
    config: { trusted_ips: ['0.0.0.0/0'] },
    given: ({ opensearch }) => opensearch.domains.add(domain('anywhere', { settings: PUBLIC_ENDPOINT, accessPolicy: policyFrom({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }) })),
    expect: [{ status: 'FAIL', resource: 'anywhere' }],
  },
  {
    name: 'unread data is an error',
    given: ({ opensearch }) => {
      opensearch.domains.add(domain('no-settings', { settings: unreadBy('opensearch', 'DescribeDomains') }));
      opensearch.domains.add(domain('no-policy', { settings: PUBLIC_ENDPOINT, accessPolicy: unreadBy('opensearch', 'DescribeDomains') }));
      opensearch.domains.add(domain('in-vpc', { accessPolicy: unreadBy('opensearch', 'DescribeDomains') }));
    },
    expect: [
      { status: 'ERROR', resource: 'no-settings', detail: 'DescribeDomains' },
      { status: 'ERROR', resource: 'no-policy', detail: 'DescribeDomains' },
      { status: 'PASS', resource: 'in-vpc' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ opensearch }) => opensearch.domains.fail({ region: 'eu-west-1', operation: 'ListDomainNames', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'opensearch:ListDomainNames' }] },
]);
