import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Finding } from '../findings/finding.js';
import { writeFileAtomically } from '../output/atomic-file.js';
import { prowlerCsv } from '../output/csv.js';
import type { FrameworkAssessment } from './assess.js';
import { ProwlerComplianceRecords } from './prowler-csv.js';
import { writeRequirementsCsv } from './requirements-csv.js';

/**
 * `<directory>/compliance/<baseName>_<framework>.csv` (Prowler's file, one row per finding and
 * requirement) and `.requirements.csv` (ours, one row per requirement with its verdict), for every
 * framework. `findings` are those the other files get; the verdicts were judged on all of them.
 * Every framework's CSV is written in the same pass over the findings: findings kept on disk are
 * read once here, not once per framework.
 */
export async function writeComplianceOutputs(
  assessments: readonly FrameworkAssessment[],
  findings: Iterable<Finding>,
  assessedAt: Date,
  directory: string,
  baseName: string,
): Promise<string[]> {
  const folder = join(directory, 'compliance');
  await mkdir(folder, { recursive: true });
  const stems = assessments.map((assessment) => join(folder, `${baseName}_${assessment.framework.name}`));
  const files = assessments.map((assessment, index) => new CsvFile(`${stems[index]}.csv`, new ProwlerComplianceRecords(assessment, assessedAt)));
  const failingChecks = new Set<string>();
  try {
    for (const file of files) await file.write(file.records.header);
    for (const finding of findings) {
      if (finding.status === 'FAIL' && !finding.muted) failingChecks.add(finding.check.id);
      for (const file of files) for (const record of file.records.of(finding)) await file.write(record);
    }
    for (const file of files) for (const record of file.records.manual()) await file.write(record);
  } catch (error) {
    // No file is left looking complete: each is removed, as a failed atomic write is.
    for (const file of files) file.abandon(error);
    await Promise.allSettled(files.map((file) => file.written));
    throw error;
  }
  for (const file of files) file.end();
  await Promise.all(files.map((file) => file.written));
  for (const [index, assessment] of assessments.entries()) {
    await writeFileAtomically(`${stems[index]}.requirements.csv`, (out) => writeRequirementsCsv(assessment, failingChecks, out));
  }
  return stems.flatMap((stem) => [`${stem}.csv`, `${stem}.requirements.csv`]);
}

/** One framework's CSV, written atomically as records are handed to it, waiting when the disk is behind. */
class CsvFile {
  private readonly csv = prowlerCsv();
  readonly written: Promise<void>;

  constructor(
    path: string,
    readonly records: ProwlerComplianceRecords,
  ) {
    this.written = writeFileAtomically(path, (out: Writable) => pipeline(this.csv, out));
    // Seen by Promise.all above; held here so a failure before then is not an unhandled rejection.
    this.written.catch(() => undefined);
  }

  async write(record: string[]): Promise<void> {
    if (this.csv.write(record)) return;
    // A file that failed never drains: its failure ends the wait, and the pass.
    await Promise.race([once(this.csv, 'drain'), this.written.then(() => Promise.reject(new Error('compliance CSV closed early')))]);
  }

  end(): void {
    this.csv.end();
  }

  abandon(error: unknown): void {
    this.csv.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
