import { judgeStages } from '../../../src/checks/api-stages.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_waf_acl_attached',
  uses: { apigateway: ['stages'] },
  run({ apigateway }, report) {
    report.each(apigateway.stages, (api) =>
      judgeStages(api, need(api.stages), (stage) =>
        verdict(
          stage.webAclArn !== null,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} is protected by web ACL ${stage.webAclArn}.`,
          `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} has no WAF web ACL.`,
        ),
      ),
    );
  },
});
