import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'awslambda_function_url_cors_policy',
  uses: { lambda: ['functionUrls'] },
  run({ lambda }, report) {
    report.each(lambda.functionUrls, (fn) => {
      const url = need(fn.url);
      if (!url) return notApplicable('the function has no URL');
      return verdict(
        !url.allowOrigins.includes('*'),
        `Lambda function ${fn.name} has a function URL whose CORS settings do not admit every origin.`,
        `Lambda function ${fn.name} has a function URL whose CORS settings admit every origin (*).`,
      );
    });
  },
});
