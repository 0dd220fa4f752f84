// npm run bench: seeds moto with a few hundred resources in three regions, scans it, and prints
// wall time, CPU time, peak RSS and API calls by operation. Figures, not a pass/fail test: moto
// answers a few hundred calls a second, so compare call counts and ratios, not absolute times.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMotoServer } from './moto-server.js';
import { seedMisconfiguredAccount } from './seed-account.js';

// Seeding builds SDK clients here; scanner supports Node 20, so the SDK's Node 20 notice is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const copies = Number(process.env.BENCH_COPIES ?? 25);
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

const moto = await startMotoServer();
try {
  const seedStart = Date.now();
  await seedMisconfiguredAccount({ endpoint: moto.endpoint, regions, copies });
  console.log(`seeded ${copies} copies of each resource in ${regions.join(', ')} in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(dirname(fileURLToPath(import.meta.url)), 'bench-scan.js'), moto.endpoint, ...regions],
    { env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_EC2_METADATA_DISABLED: 'true' } },
  );
  const result = JSON.parse(stdout) as { wallMs: number; cpuMs: number; peakRssMb: number; findings: number; calls: Record<string, number> };
  const totalCalls = Object.values(result.calls).reduce((a, b) => a + b, 0);
  console.log(`wall time   ${(result.wallMs / 1000).toFixed(2)} s`);
  console.log(`CPU time    ${(result.cpuMs / 1000).toFixed(2)} s`);
  console.log(`peak RSS    ${result.peakRssMb} MB`);
  console.log(`findings    ${result.findings}`);
  console.log(`API calls   ${totalCalls} (${(totalCalls / (result.wallMs / 1000)).toFixed(0)}/s)`);
  const width = Math.max(...Object.keys(result.calls).map((k) => k.length));
  for (const [operation, count] of Object.entries(result.calls)) console.log(`  ${operation.padEnd(width)}  ${count}`);
} finally {
  await moto.stop();
}
