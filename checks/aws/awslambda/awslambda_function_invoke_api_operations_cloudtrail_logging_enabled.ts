import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import type { TrailEventSelectors } from '../../../src/services/cloudtrail/cloudtrail.js';

const LAMBDA_FUNCTION = 'AWS::Lambda::Function';

/**
 * Whether a trail's selectors record this function's data events (its invocations): a classic
 * selector naming the function or every function (`arn:<partition>:lambda`), or an advanced
 * selector whose resource type condition equals Lambda functions, whatever its other conditions,
 * as Prowler reads them.
 */
function recordsInvocations(selectors: TrailEventSelectors, functionArn: string, partition: string): boolean {
  const everyFunction = `arn:${partition}:lambda`;
  return (
    selectors.classic.some((selector) =>
      selector.dataResources.some((resource) => resource.type === LAMBDA_FUNCTION && (resource.values.includes(functionArn) || resource.values.includes(everyFunction))),
    ) ||
    selectors.advanced.some((selector) => selector.fieldSelectors.some((condition) => condition.field === 'resources.type' && condition.equals.includes(LAMBDA_FUNCTION)))
  );
}

export default defineCheck({
  id: 'awslambda_function_invoke_api_operations_cloudtrail_logging_enabled',
  uses: { lambda: ['functions'], cloudtrail: ['trails'] },
  run({ lambda, cloudtrail, account }, report) {
    report.each(lambda.functions, (fn) => {
      const recorder = firstWhere(cloudtrail.trails.found(), (trail) => recordsInvocations(need(trail.eventSelectors), fn.arn, account.partition));
      if (recorder) return pass(`Lambda function ${fn.name} has its invocations recorded by trail ${recorder.name}.`);
      // A region whose trails could not be listed may hold one that records it.
      cloudtrail.trails.ensureListed();
      return fail(`Lambda function ${fn.name} has its invocations recorded by no CloudTrail trail.`);
    });
  },
});
