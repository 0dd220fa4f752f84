import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../checks/finding.js';
import { ExitCode, ScannerError, describeError } from '../errors.js';
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

/** `scanner-output-<account>-<UTC yyyymmddhhmmss>`, unique per scan and sortable by time. */
export function defaultOutputName(context: ScanContext): string {
  const stamp = context.startedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `scanner-output-${context.account.id}-${stamp}`;
}

/**
 * Writes each format to `<directory>/<baseName>.<extension>` and returns the paths. Each file is
 * written beside its final name and renamed into place, so a reader never sees half a report.
 */
export function writeOutputs(
  findings: readonly Finding[],
  context: ScanContext,
  formats: readonly OutputFormat[],
  directory: string,
  baseName: string,
): string[] {
  try {
    mkdirSync(directory, { recursive: true });
    return formats.map((format) => {
      const { extension, write } = OUTPUT_FORMATS[format];
      const path = join(directory, `${baseName}.${extension}`);
      const partial = `${path}.partial`;
      writeFileSync(partial, write(findings, context));
      renameSync(partial, path);
      return path;
    });
  } catch (error) {
    throw new ScannerError(`cannot write the outputs to ${directory}: ${describeError(error)}`, ExitCode.runtimeFailure, error);
  }
}
