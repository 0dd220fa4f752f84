import { testCheck } from '../../../test/helpers/check-cases.js';
import { domainName } from '../../../test/helpers/fixtures/apigateway.js';
import check from './apigateway_domain_name_pqc_tls_enabled.js';

testCheck(check, [
  { name: 'no domain names', expect: [] },
  {
    name: 'post-quantum policies pass; classic and missing policies fail',
    given: ({ apigateway }) => {
      apigateway.domainNames.add(domainName('pq.example.com'));
      apigateway.domainNames.add(domainName('tls12.example.com', { securityPolicy: 'TLS_1_2' }));
      apigateway.domainNames.add(domainName('bare.example.com', { securityPolicy: '' }));
    },
    expect: [
      { status: 'PASS', resource: 'pq.example.com', region: 'eu-west-1', detail: 'SecurityPolicy_TLS13_1_2_PQ_2025_09' },
      { status: 'FAIL', resource: 'tls12.example.com', detail: 'TLS policy TLS_1_2' },
      { status: 'FAIL', resource: 'bare.example.com', detail: 'TLS policy <none>' },
    ],
  },
  {
    name: 'the allowed policies come from config',
    config: { apigateway_pqc_tls_allowed_policies: ['TLS_1_2'] },
    given: ({ apigateway }) => {
      apigateway.domainNames.add(domainName('pq.example.com'));
      apigateway.domainNames.add(domainName('tls12.example.com', { securityPolicy: 'TLS_1_2' }));
    },
    expect: [
      { status: 'FAIL', resource: 'pq.example.com' },
      { status: 'PASS', resource: 'tls12.example.com' },
    ],
  },
  {
    name: 'a region whose domain names could not be listed is an error there',
    given: ({ apigateway }) => apigateway.domainNames.fail({ region: 'eu-west-1', operation: 'GetDomainNames', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'apigateway:GetDomainNames', region: 'eu-west-1' }],
  },
]);
