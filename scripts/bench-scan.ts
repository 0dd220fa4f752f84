// The measured half of `npm run bench`: one scan in a fresh process, so its peak RSS is the
// scan's own. Prints one JSON line of figures.
import { performance } from 'node:perf_hooks';
import { DEFAULT_SCAN_OPTIONS } from '../src/checks/check.js';
import { checkCatalog } from '../src/checks/catalog.js';
import { DEFAULT_AWS_CONFIG } from '../src/config/aws-config.js';
import { silentLogger } from '../src/logger.js';
import { scanAccount } from '../src/scan.js';

const [endpoint, ...regions] = process.argv.slice(2);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const { findings, calls } = await scanAccount(
  { provider: { endpoint, regions }, checks: checkCatalog, options: DEFAULT_SCAN_OPTIONS, config: DEFAULT_AWS_CONFIG },
  silentLogger,
);
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    findings: findings.length,
    calls: Object.fromEntries([...calls].sort(([a], [b]) => a.localeCompare(b))),
  }),
);
