import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { writeFileAtomically } from '../output/atomic-file.js';
import type { FrameworkAssessment } from './assess.js';
import { writeProwlerComplianceCsv } from './prowler-csv.js';
import { writeRequirementsCsv } from './requirements-csv.js';

/**
 * `<directory>/compliance/<baseName>_<framework>.csv` (Prowler's file, one row per finding and
 * requirement) and `.requirements.csv` (ours, one row per requirement with its verdict), for every
 * framework. `findings` are those the other files get; the verdicts were judged on all of them.
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
  const failingChecks = new Set<string>();
  for (const finding of findings) if (finding.status === 'FAIL' && !finding.muted) failingChecks.add(finding.check.id);
  const paths: string[] = [];
  for (const assessment of assessments) {
    const stem = join(folder, `${baseName}_${assessment.framework.name}`);
    await writeFileAtomically(`${stem}.csv`, (out) => writeProwlerComplianceCsv(assessment, findings, assessedAt, out));
    await writeFileAtomically(`${stem}.requirements.csv`, (out) => writeRequirementsCsv(assessment, failingChecks, out));
    paths.push(`${stem}.csv`, `${stem}.requirements.csv`);
  }
  return paths;
}
