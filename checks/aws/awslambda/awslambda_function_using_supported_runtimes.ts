import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'awslambda_function_using_supported_runtimes',
  uses: { lambda: ['functions'] },
  config: ['obsolete_lambda_runtimes'],
  run({ lambda, config }, report) {
    report.each(lambda.functions, (fn) => {
      const { runtime } = fn;
      if (!runtime) return notApplicable('a container-image function brings its own runtime');
      return verdict(
        !config.obsolete_lambda_runtimes.includes(runtime),
        `Lambda function ${fn.name} runs on ${runtime}, a supported runtime.`,
        `Lambda function ${fn.name} runs on ${runtime}, a runtime that is no longer supported.`,
      );
    });
  },
});
