import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'codecommit_repository_no_secrets',
  uses: { codecommit: ['fileSecrets'] },
  // Applied where the files are fetched and scanned, in the collection.
  config: ['secrets_ignore_patterns', 'secrets_ignore_files'],
  run({ codecommit }, report) {
    report.each(codecommit.fileSecrets, (repository) => {
      const scan = need(repository.scan);
      if (!scan) return pass(`CodeCommit repository ${repository.name} has no default branch, so it holds no content to scan.`);
      const where = `branch ${scan.branch} (commit ${scan.commitId})`;
      if (scan.secrets.length > 0) {
        const found = scan.secrets.map(({ path, line, kind }) => `${path} on line ${line} (${kind})`).join(', ');
        return fail(`CodeCommit repository ${repository.name} has ${scan.secrets.length > 1 ? 'likely secrets' : 'a likely secret'} in ${where}: ${found}.`);
      }
      if (scan.unscanned.length > 0) {
        return manual(`CodeCommit repository ${repository.name} has files in ${where} too large to fetch through the CodeCommit API (${scan.unscanned.join(', ')}); review them by hand.`);
      }
      return pass(`CodeCommit repository ${repository.name} has no likely secrets in ${where}.`);
    });
  },
});
