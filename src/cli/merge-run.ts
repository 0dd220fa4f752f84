import { z } from 'zod';
import { SEVERITIES } from '../checks/check.js';
import { loadFrameworks } from '../compliance/framework.js';
import { findFramework } from '../compliance/select.js';
import { createLogger, LOG_LEVELS } from '../logger.js';
import { finishOrganization, organizationContext } from '../organization/finish.js';
import { loadPlan } from '../organization/plan.js';
import { mergeShards } from '../organization/shards.js';
import { checkOutputDirectory, OUTPUT_FORMATS, type OutputFormat } from '../output/formats.js';
import { parseOptions } from './options.js';

const outputFormatNames = Object.keys(OUTPUT_FORMATS) as [OutputFormat, ...OutputFormat[]];

const MergeOptionsSchema = z.object({
  plan: z.string().min(1),
  outputDirectory: z.string().min(1).default('./output'),
  outputFormats: z
    .array(z.enum(outputFormatNames, { error: `must be one of ${outputFormatNames.join(', ')}` }))
    .nonempty()
    .default(outputFormatNames),
  outputFilename: z.string().regex(/^[^/\\]+$/, 'must be a file name without a directory (use --output-directory)').optional(),
  scanName: z.string().min(1).max(200).optional(),
  compliance: z.array(z.string().min(1)).nonempty().optional(),
  failOn: z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(', ')}` }).optional(),
  ignoreExitCode3: z.boolean().default(false),
  allowPartial: z.boolean().default(false),
  logLevel: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('warn'),
});

/**
 * Reads the plan and the shard folders and writes what one machine would have: the findings
 * (muted and scoped by the shards already), the accounts file, the summary and the exit code.
 */
export async function mergeShardFolders(folders: readonly string[], raw: Record<string, unknown>): Promise<number> {
  const options = parseOptions(MergeOptionsSchema, raw);
  const named = (options.compliance ?? []).map((name) => findFramework(loadFrameworks(), name).name);
  const plan = await loadPlan(options.plan);
  await checkOutputDirectory(options.outputDirectory);
  const log = createLogger(options.logLevel);
  const merged = await mergeShards(folders, plan);
  if (merged.missingShards.length > 0) {
    process.stderr.write(`scanner: shard(s) ${merged.missingShards.join(', ')} of ${plan.shards.length} missing: their accounts are recorded as failed\n`);
  }
  const context = organizationContext({
    ...(options.scanName ? { scanName: options.scanName } : {}),
    organization: plan.organization,
    partition: plan.partition,
    callerArn: plan.callerArn,
    outcomes: [...merged.outcomes, ...plan.leftOut],
    regions: merged.regions,
    checkIds: plan.checkIds,
    failures: merged.failures,
    startedAt: merged.startedAt,
    finishedAt: merged.finishedAt,
  });
  const { exitCode } = await finishOrganization(
    merged,
    context,
    {
      outputs: { formats: options.outputFormats, directory: options.outputDirectory, baseName: options.outputFilename },
      gate: { failOn: options.failOn, ignoreExitCode3: options.ignoreExitCode3 },
      compliance: { named },
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      allowPartial: options.allowPartial,
    },
    log,
  );
  return exitCode;
}
