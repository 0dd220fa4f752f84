import { defineCheck, verdict } from '../../../src/checks/check.js';
import type { ProjectSource } from '../../../src/services/codebuild/codebuild.js';

/** Bitbucket clone URLs carrying an access token or a user's password, anchored at the start as Prowler matches them. */
const TOKEN_URL = /^https:\/\/x-token-auth:[^@]+@bitbucket\.org\/.+\.git/;
const PASSWORD_URL = /^https:\/\/[^:]+:[^@]+@bitbucket\.org\/.+\.git/;

export default defineCheck({
  id: 'codebuild_project_source_repo_url_no_sensitive_credentials',
  uses: { codebuild: ['projects'] },
  run({ codebuild }, report) {
    report.each(codebuild.projects, (project) => {
      const sources = [...(project.source ? [project.source] : []), ...project.secondarySources];
      const found = sources.flatMap(credentialsIn);
      return verdict(
        found.length === 0,
        `CodeBuild project ${project.name} has no credentials in its source repository URLs.`,
        `CodeBuild project ${project.name} has credentials in its source repository URLs: ${found.join(', ')}.`,
      );
    });
  },
});

function credentialsIn(source: ProjectSource): string[] {
  if (source.type !== 'BITBUCKET') return [];
  // Where the URL is named, its credentials are masked: the finding must not repeat them.
  if (TOKEN_URL.test(source.location)) return [`a token in the ${source.type} URL`];
  if (PASSWORD_URL.test(source.location)) return [`a user name and password in the ${source.type} URL`];
  return [];
}
