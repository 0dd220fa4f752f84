import { checkCatalog } from '../checks/catalog.js';
import { selectChecks } from '../checks/selection.js';
import { loadFrameworks } from '../compliance/framework.js';
import { findFramework, parseComplianceGates } from '../compliance/select.js';
import { DEFAULT_AWS_CONFIG } from '../config/aws-config.js';
import { loadAwsConfig } from '../config/load.js';
import { ExitCode, UsageError } from '../errors.js';
import { Baseline } from '../findings/baseline.js';
import type { ResourceScope } from '../findings/scope.js';
import { createLogger } from '../logger.js';
import { loadMutelist } from '../mutelist/load.js';
import { checkOutputDirectory } from '../output/formats.js';
import { runPipeline, type UploadOptions } from '../pipeline/pipeline.js';
import { DEFAULT_ROLE_SESSION_NAME, DEFAULT_SESSION_DURATION } from '../provider/session.js';
import { selectionOf } from './list.js';
import { parseAwsOptions, type AwsOptions } from './options.js';
import { terminalProgress } from './progress.js';


function resourceScopeOf(options: AwsOptions): ResourceScope | undefined {
  if (options.resourceTag) return { tags: options.resourceTag };
  if (options.resourceArn) return { arns: options.resourceArn };
  return undefined;
}

/** The bucket is the scanning side's, so the upload uses the caller's own credentials, not the role. */
async function uploadOptionsOf(options: AwsOptions): Promise<UploadOptions | undefined> {
  if (!options.outputBucket) return undefined;
  // Loaded only when uploading: the credential providers pull in the AWS SDK.
  const { sourceCredentials } = await import('../provider/credentials.js');
  return {
    target: options.outputBucket,
    expiresInSeconds: options.presignExpiry,
    credentials: sourceCredentials(options.profile),
    endpoint: options.endpointUrl ?? process.env.AWS_ENDPOINT_URL,
  };
}

/** `scanner aws` without a listing flag: validate everything, read the inputs, scan, then write and gate. */
export async function scanAws(raw: Record<string, unknown>): Promise<number> {
  const options = parseAwsOptions(raw);
  const checks = selectChecks(checkCatalog, selectionOf(options));
  if (checks.length === 0) throw new UsageError('no check matches the selection');
  // Every input file is read before the scan, so a typo fails in a second rather than after hours.
  const fileConfig = options.configFile ? loadAwsConfig(options.configFile) : DEFAULT_AWS_CONFIG;
  // As in Prowler, -N/--shodan stands in for the config file's shodan_api_key.
  const config = options.shodan ? { ...fileConfig, shodan_api_key: options.shodan } : fileConfig;
  const mutelist = options.mutelistFile ? loadMutelist(options.mutelistFile) : undefined;
  const baseline = options.baseline ? await Baseline.load(options.baseline) : undefined;
  const complianceGates = parseComplianceGates(loadFrameworks(), options.failOnCompliance ?? []);
  await checkOutputDirectory(options.outputDirectory);

  const log = createLogger(options.logLevel);
  const role = options.roleArn
    ? {
        roleArn: options.roleArn,
        externalId: options.externalId,
        sessionName: options.roleSessionName ?? DEFAULT_ROLE_SESSION_NAME,
        durationSeconds: options.sessionDuration ?? DEFAULT_SESSION_DURATION,
      }
    : undefined;
  const { scanAccount } = await import('../scan.js');
  const progress = terminalProgress();
  let phase: 'scan' | 'outputs' = 'scan';
  const interrupted = () => {
    progress?.endLine();
    process.stderr.write(
      phase === 'scan'
        ? 'scanner: interrupted while reading the account; no output was written\n'
        : `scanner: interrupted while writing or delivering the outputs; the files in ${options.outputDirectory} are complete, except any *.partial\n`,
    );
    process.exit(ExitCode.interrupted);
  };
  process.once('SIGINT', interrupted);
  try {
    const scan = await scanAccount(
      {
        provider: {
          profile: options.profile,
          role,
          regions: options.region,
          excludedRegions: options.excludedRegion,
          endpoint: options.endpointUrl,
        },
        checks,
        options: { scanUnusedServices: options.scanUnusedServices },
        config,
        scanName: options.scanName,
      },
      log,
      progress,
    );
    phase = 'outputs';
    const outcome = await runPipeline(
      scan,
      {
        mutelist,
        resourceScope: resourceScopeOf(options),
        statuses: options.status,
        outputs: { formats: options.outputFormats, directory: options.outputDirectory, baseName: options.outputFilename },
        upload: await uploadOptionsOf(options),
        gate: { failOn: options.failOn, baseline, ignoreExitCode3: options.ignoreExitCode3 },
        compliance: {
          config,
          named: [
            ...new Set([
              ...(options.compliance ?? []).map((name) => findFramework(loadFrameworks(), name).name),
              ...complianceGates.map((gate) => gate.framework.name),
            ]),
          ],
          gates: complianceGates,
        },
        webhook: options.notifyWebhook,
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      },
      log,
    );
    for (const path of outcome.paths) log.info({ path }, 'output written');
    return outcome.exitCode;
  } catch (error) {
    if (options.notifyWebhook) {
      const { buildFailureNotification, notifyWebhook } = await import('../delivery/webhook.js');
      await notifyWebhook(options.notifyWebhook, buildFailureNotification(options.scanName, error), log);
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }
}
