import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import type { PolicyDocument } from '../../../src/services/policy.js';

const GITHUB_SOURCES = new Set(['GITHUB', 'GITHUB_ENTERPRISE']);
const CODEBUILD_PRINCIPAL = 'codebuild.amazonaws.com';

export default defineCheck({
  id: 'codebuild_project_uses_allowed_github_organizations',
  uses: { codebuild: ['projects'], iam: ['roles'] },
  config: ['codebuild_github_allowed_organizations'],
  run({ codebuild, iam, config }, report) {
    const allowed = config.codebuild_github_allowed_organizations;
    report.each(codebuild.projects, (project) => {
      if (!project.source || !GITHUB_SOURCES.has(project.source.type)) return notApplicable('the project does not build from GitHub');
      const role = iam.roles.find((candidate) => candidate.arn === project.serviceRoleArn);
      // Prowler judges only projects whose service role is in the account and trusts CodeBuild.
      if (!role || !trustsCodeBuild(need(role.trustPolicy))) return notApplicable('the service role is not an account role that CodeBuild may assume');
      const organization = project.source.location.split('/')[3];
      if (!organization) return notApplicable('no organization in the repository URL');
      return verdict(
        allowed.includes(organization),
        `CodeBuild project ${project.name} builds from GitHub organization ${organization}, which is allowed.`,
        `CodeBuild project ${project.name} builds from GitHub organization ${organization}, which is not in codebuild_github_allowed_organizations.`,
      );
    });
  },
});

function trustsCodeBuild(trustPolicy: PolicyDocument): boolean {
  return trustPolicy.Statement.some((statement) => {
    const principal: Record<string, string[]> = statement.Principal ?? {};
    return statement.Effect === 'Allow' && (principal.Service ?? []).includes(CODEBUILD_PRINCIPAL);
  });
}
