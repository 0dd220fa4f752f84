import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { motoEndpoint, resetMoto } from '../helpers/moto.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';

beforeAll(async () => {
  await resetMoto();
  await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: ['us-east-1'] });
}, 120_000);

const filesIn = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(csv|json|html|partial)$/.test(name));

/** What a complete output of each kind ends with: a file cut short does not. */
function looksComplete(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.ocsf.json')) {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  }
  if (path.endsWith('.html')) return text.trimEnd().endsWith('</html>');
  return text.endsWith('\n');
}

it('a scan killed while it writes leaves only complete files under their final names, the rest as .partial', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'scanner-killed-'));
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'scanner.js'), 'aws', '--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-s', 's3', 'ec2', 'iam', 'kms', '-o', folder, '-F', 'scan'],
    { env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' }, stdio: 'ignore' },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let running = true;
  void exited.then(() => (running = false));

  // SIGKILL the moment a file is being written: nothing of the scanner's runs after that.
  let killedWhileWriting = false;
  while (running) {
    if (filesIn(folder).some((name) => name.endsWith('.partial'))) {
      child.kill('SIGKILL');
      killedWhileWriting = true;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  expect(await exited).toBe(killedWhileWriting ? 'SIGKILL' : null);
  expect(killedWhileWriting, 'the scan was killed while an output was being written').toBe(true);
  const finals = filesIn(folder).filter((name) => !name.endsWith('.partial'));
  for (const name of finals) expect(looksComplete(join(folder, name)), `${name} is complete`).toBe(true);
}, 240_000);
