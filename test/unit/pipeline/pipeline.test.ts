import { judgeCompliance } from '../../../src/compliance/judge.js';
import { loadFrameworks } from '../../../src/compliance/framework.js';
import { renderComplianceSummary } from '../../../src/compliance/summary.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/delivery/webhook.js';
import { ExitCode, ScannerError } from '../../../src/errors.js';
import { Baseline } from '../../../src/findings/baseline.js';
import { evaluateGate } from '../../../src/findings/gate.js';
import { silentLogger } from '../../../src/logger.js';
import { parseMutelist } from '../../../src/mutelist/load.js';
import { defaultOutputName } from '../../../src/output/formats.js';
import { readOcsf } from '../../../src/output/ocsf-read.js';
import { renderSummary } from '../../../src/output/summary.js';
import { runPipeline, type PipelineOptions } from '../../../src/pipeline/pipeline.js';
import {
  CONTEXT,
  FAILING_KEY,
  FINDINGS,
  HOSTILE_GROUP,
  MUTED_BUCKET,
  PASSING_KEY,
  UNREAD_TRAILS,
  UNREVIEWED_ROLE,
} from '../output/fixtures.js';

/** FINDINGS holds two unmuted FAILs (a critical security group, a high KMS key) and one muted FAIL. */
const SCAN = { findings: FINDINGS, context: CONTEXT };

/** What the pipeline printed and posted, in the order it happened. */
type Event = ['stdout' | 'stderr' | 'webhook', string];

function optionsFor(events: Event[], overrides: Partial<PipelineOptions> = {}): PipelineOptions {
  return {
    outputs: { formats: ['csv', 'json-ocsf'], directory: mkdtempSync(join(tmpdir(), 'scanner-pipeline-')), baseName: 'scan' },
    gate: { ignoreExitCode3: false },
    stdout: (text) => events.push(['stdout', text]),
    stderr: (text) => events.push(['stderr', text]),
    ...overrides,
  };
}

async function writtenFindings(directory: string) {
  return readOcsf([readFileSync(join(directory, 'scan.ocsf.json'), 'utf8')]);
}

describe('runPipeline', () => {
  it('writes the outputs, prints the summary of today and exits 3 on unmuted FAILs', async () => {
    const events: Event[] = [];
    const options = optionsFor(events);

    const outcome = await runPipeline(SCAN, options, silentLogger);

    const { directory } = options.outputs;
    expect(outcome.paths.slice(0, 2)).toEqual([join(directory, 'scan.csv'), join(directory, 'scan.ocsf.json')]);
    // With CSV, each framework's two compliance CSVs follow.
    const frameworks = loadFrameworks().map((framework) => framework.name);
    expect(outcome.paths.slice(2)).toEqual(
      frameworks.flatMap((name) => [join(directory, 'compliance', `scan_${name}.csv`), join(directory, 'compliance', `scan_${name}.requirements.csv`)]),
    );
    expect(readdirSync(directory).sort()).toEqual(['compliance', 'scan.csv', 'scan.ocsf.json']);
    const gate = evaluateGate(FINDINGS, {}, false);
    expect(outcome.gate).toEqual(gate);
    const compliance = renderComplianceSummary({ assessments: judgeCompliance(FINDINGS, CONTEXT), named: [], gates: [], gateFailures: [] });
    expect(events).toEqual([['stdout', renderSummary(FINDINGS, CONTEXT, { paths: outcome.paths, gate, compliance })]]);
    expect(outcome.exitCode).toBe(ExitCode.failedFindings);
  });

  it.each<[string, Partial<PipelineOptions>, number, string]>([
    ['every unmuted FAIL counts', {}, 3, 'Result: fail, exit 3 (unmuted FAIL findings: 2)'],
    ['--fail-on critical', { gate: { failOn: 'critical', ignoreExitCode3: false } }, 3, 'at or above critical: 1)'],
    // The scan behind SCAN could not read two things: without a gated FAIL that is exit 4.
    ['-z', { gate: { ignoreExitCode3: true } }, 4, 'Result: fail, ignored by -z (unmuted FAIL findings: 2)'],
    [
      'a baseline that has both failures',
      { gate: { baseline: new Baseline('last.ocsf.json', [HOSTILE_GROUP, FAILING_KEY]), ignoreExitCode3: false } },
      4,
      'Result: pass (unmuted FAIL findings not in the baseline: none)',
    ],
    [
      'a mutelist that mutes both failures',
      { mutelist: parseMutelist("Mutelist:\n  Accounts:\n    '*':\n      Checks:\n        '*':\n          Regions: ['us-east-1']\n          Resources: ['*']\n", 'test') },
      4,
      'Result: pass (unmuted FAIL findings: none)',
    ],
    ['a resource scope without the failures', { resourceScope: { arns: [PASSING_KEY.resource.arn] } }, 4, 'Incomplete: 2 scopes in 2 regions could not be read'],
    ['-z and --allow-partial', { gate: { ignoreExitCode3: true, allowPartial: true } }, 0, 'Result: fail, ignored by -z'],

  ])('with %s', async (_, overrides, exitCode, verdict) => {
    const events: Event[] = [];
    const outcome = await runPipeline(SCAN, optionsFor(events, overrides), silentLogger);
    expect(outcome.exitCode).toBe(exitCode);
    expect(events).toHaveLength(1);
    expect(events[0]![1]).toContain(verdict);
  });

  it('exits 0 on a complete scan without gated FAILs, and the summary says nothing is missing', async () => {
    const events: Event[] = [];
    const complete = { findings: [PASSING_KEY], context: { ...CONTEXT, failures: [] } };
    const outcome = await runPipeline(complete, optionsFor(events), silentLogger);
    expect(outcome.exitCode).toBe(ExitCode.ok);
    expect(events[0]![1]).not.toContain('Incomplete');
  });

  it('mutes what the mutelist matches in the outputs, the summary and the gate', async () => {
    const events: Event[] = [];
    const mutelist = parseMutelist(
      `Mutelist:\n  Accounts:\n    '123456789012':\n      Checks:\n        '${HOSTILE_GROUP.check.id}':\n          Regions: ['*']\n          Resources: ['*']\n`,
      'test',
    );
    const options = optionsFor(events, { mutelist });

    const outcome = await runPipeline(SCAN, options, silentLogger);

    expect([...outcome.findings].filter((f) => f.muted).map((f) => f.uid)).toEqual([MUTED_BUCKET.uid, HOSTILE_GROUP.uid]);
    expect((await writtenFindings(options.outputs.directory)).find((f) => f.uid === HOSTILE_GROUP.uid)!.muted).toBe(true);
    expect(outcome.gate.failures).toEqual([FAILING_KEY]);
    expect(events[0]![1]).toContain('(2 muted)');
  });

  it('reports only on the resources in scope, keeping every ERROR', async () => {
    const events: Event[] = [];
    const options = optionsFor(events, { resourceScope: { tags: [{ key: 'env', value: 'prod' }] } });

    const outcome = await runPipeline(SCAN, options, silentLogger);

    expect(outcome.findings).toEqual([PASSING_KEY, UNREAD_TRAILS]);
    expect((await writtenFindings(options.outputs.directory)).map((f) => f.uid)).toEqual([PASSING_KEY.uid, UNREAD_TRAILS.uid]);
    expect(events[0]![1]).toContain('2 findings');
  });

  it('writes only the --status findings, while the summary and the gate see them all', async () => {
    const events: Event[] = [];
    const options = optionsFor(events, { statuses: ['MANUAL'] });

    const outcome = await runPipeline(SCAN, options, silentLogger);

    expect((await writtenFindings(options.outputs.directory)).map((f) => f.uid)).toEqual([UNREVIEWED_ROLE.uid]);
    expect(outcome.findings).toHaveLength(FINDINGS.length);
    expect(events[0]![1]).toContain(`${FINDINGS.length} findings`);
    expect(outcome.exitCode).toBe(ExitCode.failedFindings);
  });

  it('names the outputs after the scan when no base name is given', async () => {
    const options = optionsFor([]);
    const outcome = await runPipeline(SCAN, { ...options, outputs: { ...options.outputs, baseName: undefined } }, silentLogger);
    expect(outcome.paths.slice(0, 2)).toEqual(['csv', 'ocsf.json'].map((extension) => join(options.outputs.directory, `${defaultOutputName(CONTEXT)}.${extension}`)));
  });

  it('reports a writer that cannot write as one error, before anything is printed', async () => {
    const events: Event[] = [];
    const blocker = join(mkdtempSync(join(tmpdir(), 'scanner-pipeline-')), 'a-file');
    writeFileSync(blocker, '');
    const options = optionsFor(events, { outputs: { formats: ['csv'], directory: join(blocker, 'reports'), baseName: 'scan' } });

    const failure: unknown = await runPipeline(SCAN, options, silentLogger).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ScannerError);
    expect((failure as ScannerError).message).toMatch(/^cannot write the outputs to .*a-file\/reports: /);
    expect(events).toEqual([]);
  });

  describe('delivery', () => {
    const servers: Server[] = [];
    afterEach(async () => {
      for (const server of servers.splice(0)) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    async function listen(server: Server): Promise<string> {
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    it('prints the summary, posts the webhook, then reports a failed upload and exits with its code', async () => {
      const events: Event[] = [];
      const received: Notification[] = [];
      const webhook = await listen(
        createServer((request, response) => {
          let body = '';
          request.on('data', (chunk: Buffer) => (body += chunk.toString()));
          request.on('end', () => {
            received.push(JSON.parse(body) as Notification);
            events.push(['webhook', request.url ?? '']);
            response.end('ok');
          });
        }),
      );
      // Nothing listens where the bucket is said to be.
      const closed = await listen(createServer());
      const server = servers.pop()!;
      await new Promise((resolve) => server.close(resolve));
      const options = optionsFor(events, {
        upload: {
          target: { bucket: 'audits', prefix: 'acme' },
          credentials: () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
          endpoint: closed,
        },
        webhook: `${webhook}/hook`,
        gate: { ignoreExitCode3: true },
      });

      const outcome = await runPipeline(SCAN, options, silentLogger);

      expect(events.map(([where]) => where)).toEqual(['stdout', 'webhook', 'stderr']);
      expect(events[0]![1]).not.toContain('Uploaded to');
      expect(events[2]![1]).toMatch(/^scanner: cannot upload the outputs to s3:\/\/audits\/acme: .*\. The local outputs are intact\.\n$/);
      expect(received[0]).toMatchObject({ gate: { passed: false, failing: 2, ignored: true } });
      expect(received[0]).not.toHaveProperty('outputs');
      expect(outcome.exitCode).toBe(ExitCode.runtimeFailure);
      expect(outcome).not.toHaveProperty('delivery');
    }, 30_000);
  });
});
