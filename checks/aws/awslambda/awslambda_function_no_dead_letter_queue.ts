import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'awslambda_function_no_dead_letter_queue',
  uses: { lambda: ['functions'] },
  run({ lambda }, report) {
    report.each(lambda.functions, (fn) =>
      fn.deadLetterTargetArn
        ? pass(`Lambda function ${fn.name} sends failed asynchronous invocations to the dead-letter queue ${fn.deadLetterTargetArn}.`)
        : fail(`Lambda function ${fn.name} has no dead-letter queue for failed asynchronous invocations.`),
    );
  },
});
