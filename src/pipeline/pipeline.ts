import type { Logger } from 'pino';
import type { Severity, Status } from '../checks/check.js';
import type { Delivery } from '../delivery/s3.js';
import { buildNotification, notifyWebhook } from '../delivery/webhook.js';
import { ExitCode } from '../errors.js';
import type { Baseline } from '../findings/baseline.js';
import type { Finding } from '../findings/finding.js';
import { FindingSpool } from '../findings/spool.js';
import { evaluateGate, gateFails, type GateOutcome } from '../findings/gate.js';
import { judgeCompliance } from '../compliance/judge.js';
import { evaluateComplianceGates, type ComplianceGate } from '../compliance/select.js';
import { renderComplianceSummary } from '../compliance/summary.js';
import { findingsInScope, findingsWithStatus, type ResourceScope } from '../findings/scope.js';
import { applyMutelist, type Mutelist } from '../mutelist/mutelist.js';
import type { ScanContext } from '../output/context.js';
import { defaultOutputName, writeOutputs, type OutputFormat } from '../output/formats.js';
import { renderSummary } from '../output/summary.js';
import { upload, uploadedLinks, type UploadOptions } from './upload.js';

export type { UploadOptions } from './upload.js';

/** Where the pipeline's words go: the summary to stdout, a failed delivery to stderr. */
export type TextSink = (text: string) => void;

/** What happens to a scan's findings after the scan, as plain data: the CLI's options, parsed. */
export interface PipelineOptions {
  /** Mutes what it matches, before anything else sees the findings. */
  mutelist?: Mutelist;
  /** `--resource-tag`, `--resource-arn`: the resources to report on (ERROR findings always stay). */
  resourceScope?: ResourceScope;
  /** `--status`: the findings the output files get; the summary, gate and webhook see them all. */
  statuses?: readonly Status[];
  outputs: {
    formats: readonly OutputFormat[];
    directory: string;
    /** File name without extension; default `defaultOutputName(context)`. */
    baseName?: string;
    /** A file already written that travels with the outputs (the packed inventory): uploaded and listed with them. */
    alongside?: string;
  };
  /** `--output-bucket`: upload the outputs and a bundle of them. */
  upload?: UploadOptions;
  gate: {
    /** Only unmuted FAILs at or above this severity fail the run. */
    failOn?: Severity;
    /** Only unmuted FAILs this earlier scan did not have fail the run. */
    baseline?: Baseline;
    /** `-z`: the verdict is reported, the exit code stays 0. */
    ignoreExitCode3: boolean;
    /** `--allow-partial`: reads that failed are reported as ERROR, and do not make the exit code 4. */
    allowPartial?: boolean;
  };
  compliance?: {
    /** The scan's configuration, for requirements that need a strict enough one; absent when unknown. */
    config?: Readonly<Record<string, unknown>>;
    /** `--compliance`: the frameworks the summary details by section. */
    named?: readonly string[];
    /** `--fail-on-compliance`. */
    gates?: readonly ComplianceGate[];
  };
  /** `--notify-webhook`: where to POST the summary. */
  webhook?: string;
  stdout: TextSink;
  stderr: TextSink;
}

export interface PipelineOutcome {
  /** 0; 3 when the gate fails (and is not ignored); else 4 when reads failed (unless allowed); or a failed upload's own code. */
  exitCode: number;
  /** After the mutelist and the resource scope: what the summary, gate and webhook judged (over a spool, readable until it is removed). */
  findings: Iterable<Finding>;
  /** The output files written. */
  paths: string[];
  gate: GateOutcome;
  delivery?: Delivery;
}

/**
 * Everything after the scan, in this order: mutelist, resource scope, `--status` filter, output
 * files, upload, gate, printed summary, webhook, exit code. A writer's failure is thrown as one
 * ScannerError; a failed upload is printed after everything else and decides the exit code.
 *
 * Findings held in memory (one account's) are muted and scoped once, into memory. Findings on disk
 * (an organization's, a FindingSpool) stay there: every step reads them again, muted and scoped on
 * the way, so memory does not grow with the number of findings.
 */
export async function runPipeline(
  scan: { findings: readonly Finding[] | FindingSpool; context: ScanContext },
  options: PipelineOptions,
  log: Logger,
): Promise<PipelineOutcome> {
  const { context } = scan;
  const muted = options.mutelist ? applyMutelist(scan.findings, options.mutelist) : scan.findings;
  const scoped = findingsInScope(muted, options.resourceScope);
  const findings = scan.findings instanceof FindingSpool ? scoped : [...scoped];
  const baseName = options.outputs.baseName ?? defaultOutputName(context);
  const { formats, directory } = options.outputs;
  const { config, named = [], gates = [] } = options.compliance ?? {};
  const compliance = judgeCompliance(findings, context, config);
  const judged = { ...context, compliance };
  const written = await writeOutputs(findingsWithStatus(findings, options.statuses), judged, formats, directory, baseName);
  const paths = options.outputs.alongside ? [...written, options.outputs.alongside] : written;

  const uploaded = options.upload ? await upload(options.upload, paths, baseName, context.account.globalRegion, log) : undefined;
  const delivery = uploaded && 'delivery' in uploaded ? uploaded.delivery : undefined;

  const { failOn, baseline, ignoreExitCode3 } = options.gate;
  const gateFailures = evaluateComplianceGates(compliance, gates);
  const failingStandards = gates.length > 0 ? gateFailures.map(({ gate }) => gate.framework.name + (gate.part === undefined ? '' : `:${gate.part}`)) : undefined;
  const gate = evaluateGate(findings, { failOn, baseline, failingStandards }, ignoreExitCode3);
  options.stdout(
    renderSummary(findings, context, {
      paths,
      gate,
      compliance: renderComplianceSummary({ assessments: compliance, named, gates, gateFailures }),
      ...(baseline ? { baseline: { source: baseline.source, comparison: baseline.compare(findings, context.checkIds, context.account.regions) } } : {}),
      ...(delivery ? { uploaded: uploadedLinks(delivery) } : {}),
    }),
  );
  if (options.webhook) await notifyWebhook(options.webhook, buildNotification(findings, context, gate, delivery), log);

  const outcome = { findings, paths, gate, ...(delivery ? { delivery } : {}) };
  if (uploaded && 'failure' in uploaded) {
    options.stderr(`scanner: ${uploaded.failure.message}\n`);
    return { ...outcome, exitCode: uploaded.failure.exitCode };
  }
  if (gateFails(gate) && !ignoreExitCode3) return { ...outcome, exitCode: ExitCode.failedFindings };
  return { ...outcome, exitCode: context.failures.length > 0 && !options.gate.allowPartial ? ExitCode.incomplete : ExitCode.ok };
}
