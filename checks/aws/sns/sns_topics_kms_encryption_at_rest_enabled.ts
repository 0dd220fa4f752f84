import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sns_topics_kms_encryption_at_rest_enabled',
  uses: { sns: ['topics'] },
  run({ sns }, report) {
    report.each(sns.topics, (topic) => {
      const { kmsMasterKeyId } = need(topic.attributes);
      return verdict(kmsMasterKeyId !== null, `SNS topic ${topic.name} is encrypted with KMS key ${kmsMasterKeyId}.`, `SNS topic ${topic.name} is not encrypted at rest.`);
    });
  },
});
