import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'codebuild_project_s3_logs_encrypted',
  uses: { codebuild: ['projects'] },
  run({ codebuild }, report) {
    report.each(codebuild.projects, (project) => {
      if (!project.s3Logs.enabled) return notApplicable('the project sends no logs to S3');
      return verdict(
        project.s3Logs.encrypted,
        `CodeBuild project ${project.name} encrypts the build logs it stores in ${project.s3Logs.location}.`,
        `CodeBuild project ${project.name} does not encrypt the build logs it stores in ${project.s3Logs.location}.`,
      );
    });
  },
});
