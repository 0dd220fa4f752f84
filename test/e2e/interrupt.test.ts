import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { silentEndpoint } from '../unit/provider/silent-endpoint.js';

let endpoint: Awaited<ReturnType<typeof silentEndpoint>>;
beforeAll(async () => (endpoint = await silentEndpoint()));
afterAll(() => endpoint.close());

it('Ctrl-C during the scan exits 130 with one line saying that nothing was written', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'scanner-interrupt-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'scanner.js'), 'aws', '--endpoint-url', endpoint.url, '-o', folder], {
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  // Interrupt once the scan is waiting on AWS, the moment a user would press Ctrl-C.
  while (endpoint.connections() === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  child.kill('SIGINT');

  expect(await exited).toBe(130);
  expect(stderr).toBe('scanner: interrupted while reading the account; no output was written\n');
  expect(readdirSync(folder)).toEqual([]);
});
