import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'codepipeline_project_repo_private',
  uses: { codepipeline: ['repositories'] },
  run({ codepipeline }, report) {
    report.each(codepipeline.repositories, (pipeline) => {
      const publicUrl = need(pipeline.publicUrl);
      return verdict(
        publicUrl === null,
        `CodePipeline ${pipeline.name} builds from repository ${pipeline.repositoryId}, which is not publicly readable.`,
        `CodePipeline ${pipeline.name} builds from a public repository: ${publicUrl}.`,
      );
    });
  },
});
