import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'codebuild_project_no_secrets_in_variables',
  uses: { codebuild: ['variableSecrets'] },
  // Both applied where the variables are scanned, in the collection.
  config: ['excluded_sensitive_environment_variables', 'secrets_ignore_patterns'],
  run({ codebuild }, report) {
    report.each(codebuild.variableSecrets, (project) => {
      if (project.secrets.length === 0) return pass(`CodeBuild project ${project.name} has no likely secrets in its plaintext environment variables.`);
      const found = project.secrets.map(({ kind, variable }) => `${kind} in variable ${variable}`).join(', ');
      return fail(`CodeBuild project ${project.name} has likely secrets in plaintext environment variables: ${found}.`);
    });
  },
});
