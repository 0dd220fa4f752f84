import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_knowledge_base_encrypted_with_cmk',
  uses: { bedrock: ['knowledgeBaseDataSources'] },
  run({ bedrock }, report) {
    // The key is set per data source, so each data source is its own finding.
    report.each(bedrock.knowledgeBaseDataSources, (base) => {
      const dataSources = need(base.dataSources);
      if (dataSources.length === 0) return notApplicable('the knowledge base has no data source');
      return dataSources.map((source) => {
        const what = `Data source ${source.name} of Bedrock knowledge base ${base.name}`;
        return {
          ...verdict(
            source.kmsKeyArn !== null,
            `${what} encrypts ingested data with customer managed KMS key ${source.kmsKeyArn}.`,
            `${what} encrypts ingested data with an AWS owned key, not a customer managed KMS key.`,
          ),
          subject: { arn: source.arn, id: source.id, name: source.name },
        };
      });
    });
  },
});
