import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_domain_name_pqc_tls_enabled',
  uses: { apigateway: ['domainNames'] },
  config: ['apigateway_pqc_tls_allowed_policies'],
  run({ apigateway, config }, report) {
    report.each(apigateway.domainNames, (domain) => {
      const policy = domain.securityPolicy || '<none>';
      return verdict(
        config.apigateway_pqc_tls_allowed_policies.includes(domain.securityPolicy),
        `API Gateway custom domain ${domain.name} negotiates TLS with post-quantum policy ${policy}.`,
        `API Gateway custom domain ${domain.name} uses TLS policy ${policy}, which is not among the allowed post-quantum policies.`,
      );
    });
  },
});
