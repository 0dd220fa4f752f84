import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sqs_queues_server_side_encryption_enabled',
  uses: { sqs: ['queues'] },
  run({ sqs }, report) {
    report.each(sqs.queues, (queue) => {
      const { kmsMasterKeyId, sqsManagedSse } = need(queue.attributes);
      return verdict(
        kmsMasterKeyId !== null || sqsManagedSse,
        `SQS queue ${queue.name} is encrypted at rest with ${kmsMasterKeyId === null ? 'SQS-managed keys' : `KMS key ${kmsMasterKeyId}`}.`,
        `SQS queue ${queue.name} is not encrypted at rest.`,
      );
    });
  },
});
