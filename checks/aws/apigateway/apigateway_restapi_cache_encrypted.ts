import { judgeStages } from '../../../src/checks/api-stages.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'apigateway_restapi_cache_encrypted',
  uses: { apigateway: ['stages'] },
  run({ apigateway }, report) {
    report.each(apigateway.stages, (api) =>
      judgeStages(api, need(api.stages), (stage) =>
        // Only stages whose method settings cache responses have a cache to encrypt.
        stage.cachingEnabled
          ? verdict(
              stage.cacheDataEncrypted,
              `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} encrypts its response cache.`,
              `API Gateway REST API ${api.name} (${api.id}) stage ${stage.name} caches responses without encrypting them.`,
            )
          : null,
      ),
    );
  },
});
