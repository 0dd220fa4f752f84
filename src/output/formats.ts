import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { ExitCode, ScannerError, UsageError, describeError } from '../errors.js';
import { writeComplianceOutputs } from '../compliance/outputs.js';
import { writeFileAtomically } from './atomic-file.js';
import type { OutputWriter, ScanContext } from './context.js';
import { writeCsv } from './csv.js';
import { writeHtml } from './html/writer.js';
import { writeOcsf } from './ocsf.js';

/** Each format by its `--output-formats` name: the file extension Prowler uses, and its writer. */
export const OUTPUT_FORMATS = {
  csv: { extension: 'csv', write: writeCsv },
  'json-ocsf': { extension: 'ocsf.json', write: writeOcsf },
  html: { extension: 'html', write: writeHtml },
} as const satisfies Record<string, { extension: string; write: OutputWriter }>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

/** A scan name as it can stand in a file name on any system: `Acme Corp (prod)` → `acme-corp-prod`. */
function fileNamePart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/**
 * `scanner-output-[<scan name>-]<account>-<UTC yyyymmddhhmmss>`: unique per scan, sortable by
 * time, and telling one customer's reports from another's.
 */
export function defaultOutputName(context: ScanContext): string {
  const stamp = context.startedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const name = context.scanName ? fileNamePart(context.scanName) : '';
  return ['scanner-output', name, context.account.id, stamp].filter(Boolean).join('-');
}

/**
 * Writes each format to `<directory>/<baseName>.<extension>`, one after another, and returns the
 * paths. With CSV and judged frameworks, the compliance CSVs follow in `<directory>/compliance/`.
 * The first failure stops the rest and is reported as one error.
 */
export async function writeOutputs(
  findings: Iterable<Finding>,
  context: ScanContext,
  formats: readonly OutputFormat[],
  directory: string,
  baseName: string,
): Promise<string[]> {
  try {
    await makeDirectory(directory);
    const paths: string[] = [];
    for (const format of formats) {
      const { extension, write } = OUTPUT_FORMATS[format];
      const path = join(directory, `${baseName}.${extension}`);
      await writeFileAtomically(path, (out) => write(findings, context, out));
      paths.push(path);
    }
    if (formats.includes('csv') && context.compliance) {
      paths.push(...(await writeComplianceOutputs(context.compliance, findings, context.finishedAt, directory, baseName)));
    }
    return paths;
  } catch (error) {
    // A writer's own failure (say, an unbuilt report template) already says what is wrong.
    if (error instanceof ScannerError) throw error;
    throw new ScannerError(`cannot write the outputs to ${directory}: ${describeError(error)}`, ExitCode.runtimeFailure, error);
  }
}

/**
 * Creates the output folder and writes and removes a probe file in it, so an unwritable `-o` is
 * a usage error before the scan rather than a failure after it.
 */
export async function checkOutputDirectory(directory: string): Promise<void> {
  const probe = join(directory, `.scanner-write-probe-${process.pid}`);
  try {
    await makeDirectory(directory);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    throw new UsageError(`cannot write to the output folder ${directory}: ${describeError(error)}`);
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns for some paths (under
 * /proc, for one), and a file in the way should be named as such.
 */
async function makeDirectory(directory: string): Promise<void> {
  const missing: string[] = [];
  for (let path = resolve(directory); ; path = dirname(path)) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
      // ENOTDIR: a file further up is in the way, which the walk up names.
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (found && !found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: ${path} is a file, not a folder`), { code: 'ENOTDIR' });
    if (found || dirname(path) === path) break;
    missing.unshift(path);
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      // Another process (a parallel scan writing to the same folder) may have made it meanwhile.
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
