import { defineCheck, verdict } from '../../../src/checks/check.js';

/**
 * A buildspec named as a YAML file: it lives in the source repository, where anyone who can push
 * may change it. Like Prowler's pattern, it also accepts one trailing newline.
 */
const BUILDSPEC_FILE = /\.ya?ml\n?$/;

export default defineCheck({
  id: 'codebuild_project_user_controlled_buildspec',
  uses: { codebuild: ['projects'] },
  run({ codebuild }, report) {
    report.each(codebuild.projects, (project) =>
      verdict(
        !BUILDSPEC_FILE.test(project.buildspec),
        `CodeBuild project ${project.name} does not take its buildspec from a file in its source repository.`,
        `CodeBuild project ${project.name} takes its buildspec from a YAML file in its source repository, which its contributors control.`,
      ),
    );
  },
});
