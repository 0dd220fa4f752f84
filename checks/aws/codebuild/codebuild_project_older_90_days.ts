import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

const DAY_MS = 86_400_000;
/** Whole days a project may go without a finished build. */
const MAX_IDLE_DAYS = 90;

export default defineCheck({
  id: 'codebuild_project_older_90_days',
  uses: { codebuild: ['activity'] },
  run({ codebuild }, report) {
    report.each(codebuild.activity, (project) => {
      const lastBuildEnd = need(project.lastBuildEnd);
      if (!lastBuildEnd) return fail(`CodeBuild project ${project.name} has never finished a build.`);
      const idleDays = Math.floor((Date.now() - lastBuildEnd.getTime()) / DAY_MS);
      return verdict(
        idleDays <= MAX_IDLE_DAYS,
        `CodeBuild project ${project.name} last finished a build ${idleDays} days ago, within the last ${MAX_IDLE_DAYS} days.`,
        `CodeBuild project ${project.name} has not finished a build in the last ${MAX_IDLE_DAYS} days (last one ${idleDays} days ago).`,
      );
    });
  },
});
