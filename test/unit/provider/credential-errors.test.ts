import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScanner } from '../../helpers/cli.js';

function awsFiles(): Record<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'scanner-aws-files-'));
  const config = join(folder, 'config');
  const credentials = join(folder, 'credentials');
  writeFileSync(config, '[default]\nregion = us-east-1\n\n[profile staging]\nregion = eu-west-1\n');
  writeFileSync(credentials, '[staging]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = example\n');
  return { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials };
}

// Keys in the environment (vitest's env sets them) and -p together make the SDK warn about
// "multiple credential sources", once per process: the first test sees it.
describe('-p with a profile that does not exist', () => {
  it('keeps the SDK warning to a log record', async () => {
    const files = awsFiles();
    const run = await runScanner(['aws', '-p', 'prod-audit', '-o', mkdtempSync(join(tmpdir(), 'scanner-out-')), '--log-level', 'info'], files);
    const lines = run.stderr.trimEnd().split('\n');
    const records = lines.slice(0, -1).map((line) => JSON.parse(line) as { msg: string; source?: string });
    expect(records).toContainEqual(expect.objectContaining({ source: 'aws-sdk', msg: expect.stringContaining('Multiple credential sources detected') as unknown }));
    expect(lines.at(-1)).toMatch(/^scanner: profile "prod-audit" is not defined/);
    expect(run.stdout).toBe('');
    // The first run in a process loads the CLI and the SDK's credential chain.
  }, 20_000);

  it('says so in one line naming the profile and the files looked in (exit 2)', async () => {
    const files = awsFiles();
    const run = await runScanner(['aws', '-p', 'prod-audit', '-o', mkdtempSync(join(tmpdir(), 'scanner-out-'))], files);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `scanner: profile "prod-audit" is not defined in ${files.AWS_CONFIG_FILE} or ${files.AWS_SHARED_CREDENTIALS_FILE} ` +
        '(AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE choose others)\n',
    );
  });
});
