// npm run bench: figures, not a pass/fail test.
// 1. `scanner aws --list-checks` in a fresh process, several times: median wall time and peak RSS.
// 2. moto seeded with a few hundred resources in three regions: a one-check scan's API calls by
//    operation, then a full scan's wall time, CPU time, peak RSS, calls and OCSF bytes per finding.
// moto answers a few hundred calls a second, so compare call counts and ratios, not absolute times.
// `--account large`: the large, throttled account instead (bench-large.ts); `--account
// organization`: an organization of many accounts (bench-organization.ts).
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMotoServer } from './moto-server.js';
import { seedMisconfiguredAccount } from './seed-account.js';

// Seeding builds SDK clients here; scanner supports Node 20, so the SDK's Node 20 notice is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', '..', 'bin', 'scanner.js');
const run = promisify(execFile);
const copies = Number(process.env.BENCH_COPIES ?? 25);
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const ONE_CHECK = 'ec2_instance_imdsv2_enabled';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Reports the child's peak RSS (kB) on stderr as it exits, so the parent reads the CLI's own figure. */
const REPORT_PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('PEAK_RSS_KB '+process.resourceUsage().maxRSS+'\\n'))`;

async function listChecksFigures(runs: number): Promise<{ wallMs: number; peakRssMb: number }> {
  const walls: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { stderr } = await run(process.execPath, ['--import', REPORT_PEAK_RSS, cli, 'aws', '--list-checks']);
    walls.push(performance.now() - started);
    rss.push(Number(/PEAK_RSS_KB (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024);
  }
  return { wallMs: Math.round(median(walls)), peakRssMb: Math.round(median(rss)) };
}

interface ScanFigures {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  findings: number;
  ocsfBytes: number;
  calls: Record<string, number>;
}

async function scanFigures(endpoint: string, checks?: string): Promise<ScanFigures> {
  const { stdout } = await run(process.execPath, [join(here, 'bench-scan.js'), endpoint, ...regions], {
    env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_EC2_METADATA_DISABLED: 'true', ...(checks ? { CHECKS: checks } : {}) },
  });
  return JSON.parse(stdout) as ScanFigures;
}

function printCalls(calls: Record<string, number>): void {
  const width = Math.max(...Object.keys(calls).map((k) => k.length));
  for (const [operation, count] of Object.entries(calls)) console.log(`  ${operation.padEnd(width)}  ${count}`);
}

const accountOption = process.argv.indexOf('--account');
const otherBench = { large: './bench-large.js', organization: './bench-organization.js' }[accountOption >= 0 ? (process.argv[accountOption + 1] ?? '') : ''];
if (otherBench) {
  await import(otherBench);
  process.exit(0);
}

const listing = await listChecksFigures(7);
console.log(`--list-checks   median ${listing.wallMs} ms wall, ${listing.peakRssMb} MB peak RSS (7 runs)`);

const moto = await startMotoServer();
try {
  const seedStart = Date.now();
  await seedMisconfiguredAccount({ endpoint: moto.endpoint, regions, copies });
  console.log(`\nseeded ${copies} copies of each resource in ${regions.join(', ')} in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

  const one = await scanFigures(moto.endpoint, ONE_CHECK);
  const oneTotal = Object.values(one.calls).reduce((a, b) => a + b, 0);
  console.log(`\n-c ${ONE_CHECK}: ${oneTotal} API calls, identity and region discovery included`);
  printCalls(one.calls);

  const full = await scanFigures(moto.endpoint);
  const totalCalls = Object.values(full.calls).reduce((a, b) => a + b, 0);
  console.log('\nevery check:');
  console.log(`wall time   ${(full.wallMs / 1000).toFixed(2)} s`);
  console.log(`CPU time    ${(full.cpuMs / 1000).toFixed(2)} s`);
  console.log(`peak RSS    ${full.peakRssMb} MB`);
  console.log(`findings    ${full.findings}`);
  console.log(`OCSF        ${Math.round(full.ocsfBytes / Math.max(1, full.findings))} bytes per finding (${full.ocsfBytes} bytes)`);
  console.log(`API calls   ${totalCalls} (${(totalCalls / (full.wallMs / 1000)).toFixed(0)}/s)`);
  printCalls(full.calls);
} finally {
  await moto.stop();
}
