import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'codebuild_report_group_export_encrypted',
  uses: { codebuild: ['reportGroups'] },
  run({ codebuild }, report) {
    report.each(codebuild.reportGroups, (group) => {
      if (group.export?.type !== 'S3') return notApplicable('the report group exports nothing to S3');
      const { location, encryptionKey, encrypted } = group.export;
      return verdict(
        encrypted,
        `CodeBuild report group ${group.name} encrypts its exports to ${location} with KMS key ${encryptionKey}.`,
        `CodeBuild report group ${group.name} does not encrypt its exports to ${location}.`,
      );
    });
  },
});
