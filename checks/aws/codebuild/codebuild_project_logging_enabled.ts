import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'codebuild_project_logging_enabled',
  uses: { codebuild: ['projects'] },
  run({ codebuild }, report) {
    report.each(codebuild.projects, (project) => {
      const destinations = [
        ...(project.cloudWatchLogs.enabled ? [`CloudWatch Logs (log group ${project.cloudWatchLogs.groupName})`] : []),
        ...(project.s3Logs.enabled ? [`S3 (${project.s3Logs.location})`] : []),
      ];
      if (destinations.length === 0) return fail(`CodeBuild project ${project.name} does not have logging enabled.`);
      return pass(`CodeBuild project ${project.name} sends its build logs to ${destinations.join(' and ')}.`);
    });
  },
});
