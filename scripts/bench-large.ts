// npm run bench -- --account large: the large synthetic account of issue 20, scanned through the
// project's AWS proxy, which adds a round trip and enforces AWS's token buckets (the scanner's own
// rate table, src/provider/rate-table.ts), answering an empty bucket with the protocol's
// throttling error. moto answers a few hundred calls a second, so time runs BENCH_TIME_SCALE times
// slower in the proxy (latency multiplied, rates divided; the scan gets --rate-scale 1/scale) and
// every time printed is scaled back. BENCH_SIZE (default 1) is the fraction of the account.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bucketOf } from '../src/provider/rate-table.js';
import { startAwsProxy, type AwsCall, type ProxyDecision } from './aws-proxy.js';
import { startMotoServer } from './moto-server.js';
import { seedLargeAccount } from './seed-large.js';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const size = Number(process.env.BENCH_SIZE ?? 1);
const timeScale = Number(process.env.BENCH_TIME_SCALE ?? 4);
/** AWS's round trip as the proxy adds it, before time scaling. */
const ROUND_TRIP_MS = 50;
/** The scanner's default calls in flight (provider.ts). */
const CONCURRENCY = 24;
/**
 * Calls that wait for a listing's last page: a read of each resource listed, and a read that needs
 * that one's answer (a user's inline policy names, then each policy), the deepest the checks go.
 */
const DEPENDENT_CALLS = 2;

/** The SDK client name rate-table.ts keys by, for the signing names whose buckets it knows. */
const TABLE_SERVICE: Readonly<Record<string, string>> = { ec2: 'EC2', cloudtrail: 'CloudTrail', kms: 'KMS', iam: 'IAM', sts: 'STS', s3: 'S3' };

/** Which bucket the proxy charges a request to. It sees no parsed input, so EC2 Describe calls count as paginated ones, as the scanner sends them. */
function bucketOfRequest(call: AwsCall) {
  const service = TABLE_SERVICE[call.service] ?? call.service;
  const bucket = service === 'S3' ? new URL(call.url, 'http://proxy').pathname.split('/').filter(Boolean)[0] : undefined;
  return bucketOf({ service, region: call.region, operation: call.action, input: bucket ? { Bucket: bucket } : { MaxResults: 1000 } });
}

interface BucketState {
  tokens: number;
  at: number;
  capacity: number;
  refillPerSecond: number;
  calls: number;
  throttled: number;
}

/** AWS's side of the token buckets: a request that finds its bucket empty is throttled, never queued. */
function enforcingBuckets() {
  const buckets = new Map<string, BucketState>();
  const byAction = new Map<string, number>();
  /** Later pages asked for, by action and region: each waited for the page before it. */
  const laterPages = new Map<string, number>();
  const decide = (call: AwsCall): ProxyDecision => {
    const action = `${call.service}:${call.action}`;
    byAction.set(action, (byAction.get(action) ?? 0) + 1);
    if (call.laterPage) laterPages.set(`${action} ${call.region}`, (laterPages.get(`${action} ${call.region}`) ?? 0) + 1);
    const { key, capacity, refillPerSecond } = bucketOfRequest(call);
    const now = call.at / 1000;
    let state = buckets.get(key);
    if (!state) buckets.set(key, (state = { tokens: capacity, at: now, capacity, refillPerSecond, calls: 0, throttled: 0 }));
    state.tokens = Math.min(capacity, state.tokens + (now - state.at) * refillPerSecond);
    state.at = now;
    state.calls += 1;
    if (state.tokens < 1) {
      state.throttled += 1;
      return { fault: 'throttle' };
    }
    state.tokens -= 1;
    return 'forward';
  };
  return { decide, buckets, byAction, laterPages };
}

interface ScanFigures {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  findings: number;
  findingsDigest: string;
  pacing?: { sent: number; paced: number; throttled: number; retried: number; exhausted: number };
  calls: Record<string, number>;
}

async function scan(endpoint: string, rateScale: number, logFile: string): Promise<ScanFigures> {
  console.log(`scanning; its log: ${logFile}`);
  const { stdout } = await run(process.execPath, [join(here, 'bench-scan.js'), endpoint, ...regions], {
    env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_EC2_METADATA_DISABLED: 'true', RATE_SCALE: String(rateScale), LOG_FILE: logFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ScanFigures;
}

const moto = await startMotoServer();
try {
  const seedStart = Date.now();
  await seedLargeAccount({ endpoint: moto.endpoint, regions, size });
  console.log(`seeded the large account at size ${size} in ${regions.join(', ')} in ${((Date.now() - seedStart) / 1000).toFixed(0)} s`);

  // Unpaced and straight to moto: the findings a paced scan must reproduce.
  const logs = await mkdtemp(join(tmpdir(), 'scanner-bench-'));
  const unpaced = await scan(moto.endpoint, 1000, join(logs, 'unpaced.log'));
  const enforcing = enforcingBuckets();
  // The proxy's clock runs timeScale times slower, so AWS's rates in it are divided by timeScale.
  const proxy = await startAwsProxy({ upstream: moto.endpoint, latencyMs: ROUND_TRIP_MS, timeScale, decide: enforcing.decide });
  let paced: ScanFigures;
  try {
    paced = await scan(proxy.endpoint, 1 / timeScale, join(logs, 'paced.log'));
  } finally {
    await proxy.close();
  }

  const totalCalls = [...enforcing.buckets.values()].reduce((sum, b) => sum + b.calls, 0);
  const bucketSeconds = [...enforcing.buckets].map(([key, b]) => ({ key, seconds: Math.max(0, b.calls - b.capacity) / b.refillPerSecond }));
  const slowest = bucketSeconds.reduce((a, b) => (b.seconds > a.seconds ? b : a), { key: '(none)', seconds: 0 });
  const concurrencySeconds = (totalCalls * ROUND_TRIP_MS) / 1000 / CONCURRENCY;
  // The longest listing's pages, one after another, then the calls that needed its last page. The
  // later pages of one action and region are counted as one listing's, which only lengthens it.
  const longestListing = [...enforcing.laterPages].reduce((a, b) => (b[1] > a[1] ? b : a), ['(none)', 0] as [string, number]);
  const chainCalls = 1 + longestListing[1] + DEPENDENT_CALLS;
  const chainSeconds = (chainCalls * ROUND_TRIP_MS) / 1000;
  const bound = Math.max(slowest.seconds, concurrencySeconds, chainSeconds);
  const wallSeconds = paced.wallMs / 1000 / timeScale;
  const throttles = [...enforcing.buckets.values()].reduce((sum, b) => sum + b.throttled, 0);

  console.log(`\ntime scale ${timeScale} (figures below are in AWS time), round trip ${ROUND_TRIP_MS} ms, ${CONCURRENCY} calls in flight`);
  console.log(`wall time          ${wallSeconds.toFixed(1)} s`);
  console.log(
    `bound              ${bound.toFixed(1)} s: slowest bucket ${slowest.key} ${slowest.seconds.toFixed(1)} s, calls x round trip / concurrency ${concurrencySeconds.toFixed(1)} s, ` +
      `longest chain ${chainSeconds.toFixed(1)} s (${chainCalls} calls: ${longestListing[0]}'s ${1 + longestListing[1]} pages, then ${DEPENDENT_CALLS} dependent calls)`,
  );
  console.log(`ratio              ${(wallSeconds / bound).toFixed(2)}`);
  console.log(`API calls          ${totalCalls} at the proxy`);
  console.log(`throttles          ${throttles} answered by the proxy; scanner: ${JSON.stringify(paced.pacing)}`);
  // In real time: when the paced scan asked moto for about what moto served flat out, moto set the
  // pace, not the buckets, and a larger BENCH_TIME_SCALE gives the true figure.
  const unpacedCalls = Object.values(unpaced.calls).reduce((sum, count) => sum + count, 0);
  const motoRate = unpacedCalls / (unpaced.wallMs / 1000);
  const pacedRate = totalCalls / (paced.wallMs / 1000);
  console.log(`moto               served the unpaced scan ${motoRate.toFixed(0)} calls/s (real time, ${(unpaced.wallMs / 1000).toFixed(1)} s); the paced scan used ${pacedRate.toFixed(0)} calls/s${pacedRate > motoRate / 2 ? ': moto may set the pace, raise BENCH_TIME_SCALE' : ''}`);
  console.log(`peak RSS           ${paced.peakRssMb} MB (unpaced scan: ${unpaced.peakRssMb} MB)`);
  console.log(`findings           ${paced.findings} (unpaced: ${unpaced.findings}); ${paced.findingsDigest === unpaced.findingsDigest ? 'the same findings' : 'DIFFERENT findings'}`);
  console.log('calls by action:');
  const byAction = [...enforcing.byAction].sort(([, a], [, b]) => b - a);
  const width = Math.max(...byAction.map(([action]) => action.length));
  for (const [action, count] of byAction) console.log(`  ${action.padEnd(width)}  ${count}`);
} finally {
  await moto.stop();
}
