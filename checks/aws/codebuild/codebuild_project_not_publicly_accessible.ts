import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'codebuild_project_not_publicly_accessible',
  uses: { codebuild: ['projects'] },
  run({ codebuild }, report) {
    report.each(codebuild.projects, (project) =>
      // Only an explicit PRIVATE passes: a project whose visibility AWS does not state fails, as in Prowler.
      verdict(project.visibility === 'PRIVATE', `CodeBuild project ${project.name} is private.`, `CodeBuild project ${project.name} is public (visibility ${project.visibility || 'not stated'}).`),
    );
  },
});
