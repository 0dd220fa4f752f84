// npm run demo: a deliberately misconfigured account in moto, scanned end to end.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMotoServer } from './moto-server.js';
import { seedMisconfiguredAccount } from './seed-account.js';

// Seeding builds SDK clients here; scanner supports Node 20, so the SDK's Node 20 notice is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputDirectory = join(root, 'output', 'demo');
const regions = ['us-east-1', 'eu-west-1'];

const moto = await startMotoServer();
let exitCode = 1;
try {
  console.log(`moto_server is up on ${moto.endpoint}; seeding a misconfigured account in ${regions.join(', ')}...`);
  await seedMisconfiguredAccount({ endpoint: moto.endpoint, regions });
  const scanner = spawn(
    process.execPath,
    [join(root, 'bin', 'scanner.js'), 'aws', '--endpoint-url', moto.endpoint, '-f', ...regions,
      '--scan-name', 'Demo', '-o', outputDirectory, '-F', 'demo'],
    {
      stdio: 'inherit',
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' },
    },
  );
  exitCode = await new Promise<number>((done) => scanner.once('exit', (code) => done(code ?? 1)));
  const html = readdirSync(outputDirectory).find((f) => f.endsWith('.html'));
  if (html) console.log(`\nOpen the report: file://${join(outputDirectory, html)}`);
} finally {
  await moto.stop();
}
process.exit(exitCode);
