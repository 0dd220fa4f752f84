// The measured half of `npm run bench`: one scan in a fresh process, so its peak RSS is the
// scan's own. Prints one JSON line of figures. Arguments: endpoint, then regions; CHECKS (comma
// separated) narrows the scan to those checks; RATE_SCALE is --rate-scale; LOG_FILE, when set,
// receives the scan's info log (a long paced scan says there which buckets it waits for).
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { checkCatalog } from '../src/checks/catalog.js';
import { DEFAULT_SCAN_OPTIONS } from '../src/checks/check.js';
import { selectChecks } from '../src/checks/selection.js';
import { DEFAULT_AWS_CONFIG } from '../src/config/aws-config.js';
import { keepHeapNearLive } from '../src/heap.js';
import { silentLogger } from '../src/logger.js';
import { writeOcsf } from '../src/output/ocsf.js';
import { scanAccount } from '../src/scan.js';

const [endpoint, ...regions] = process.argv.slice(2);
// As the CLI runs, so that the peak RSS printed is the one users get.
keepHeapNearLive();
const checks = selectChecks(checkCatalog, { checks: process.env.CHECKS ? process.env.CHECKS.split(',') : undefined });
const started = performance.now();
const cpuBefore = process.cpuUsage();
const { findings, calls, context } = await scanAccount(
  { provider: { endpoint, regions, rateScale: process.env.RATE_SCALE ? Number(process.env.RATE_SCALE) : undefined }, checks, options: DEFAULT_SCAN_OPTIONS, config: DEFAULT_AWS_CONFIG },
  process.env.LOG_FILE ? pino({ level: 'info' }, pino.destination(process.env.LOG_FILE)) : silentLogger,
);
const cpu = process.cpuUsage(cpuBefore);
const wallMs = Math.round(performance.now() - started);
let ocsfBytes = 0;
const counter = new Writable({
  write(chunk: Buffer, _encoding, done) {
    ocsfBytes += chunk.length;
    done();
  },
});
await writeOcsf(findings, context, counter);
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    findings: findings.length,
    // Two scans of the same account found the same things when these are equal.
    findingsDigest: createHash('sha256')
      .update(findings.map((f) => `${f.uid} ${f.status}`).sort().join('\n'))
      .digest('hex')
      .slice(0, 16),
    pacing: context.pacing,
    ocsfBytes,
    calls: Object.fromEntries([...calls].sort(([a], [b]) => a.localeCompare(b))),
  }),
);
