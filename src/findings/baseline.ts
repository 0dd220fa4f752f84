import type { Finding } from './finding.js';
import { readOcsf, readOcsfFile } from '../output/ocsf-read.js';

/** A failure is "the same" across scans when check, resource and region are. */
function failureKey(finding: Finding): string {
  return `${finding.check.id}\u0000${finding.resource.arn}\u0000${finding.region}`;
}

export interface BaselineComparison {
  /** Failing now (unmuted), not in the baseline: what a CI gate is about. */
  new: Finding[];
  /** Failing in the baseline, passing (or gone) now, among the checks and regions this scan covered. */
  fixed: Finding[];
  unchanged: Finding[];
}

/** The FAIL findings of an earlier scan, from its JSON-OCSF output. */
export class Baseline {
  private readonly failures: ReadonlyMap<string, Finding>;

  constructor(
    readonly source: string,
    findings: Iterable<Finding>,
  ) {
    const failures = new Map<string, Finding>();
    for (const finding of findings) if (finding.status === 'FAIL') failures.set(failureKey(finding), finding);
    this.failures = failures;
  }

  /** Read record by record: an earlier scan's file may be larger than one string can hold. */
  static async load(path: string): Promise<Baseline> {
    return new Baseline(path, await readOcsfFile(path, 'the baseline', readOcsf));
  }

  knows(finding: Finding): boolean {
    return this.failures.has(failureKey(finding));
  }

  compare(findings: Iterable<Finding>, checkIds: readonly string[], regions: readonly string[]): BaselineComparison {
    // A muted failure is still failing (not fixed), but accepted: it is neither new nor unchanged news.
    const failingNow = new Set<string>();
    const open: Finding[] = [];
    // Global resources (IAM, S3) are reported in the global region, which may lie outside --region.
    const coveredRegions = new Set(regions);
    for (const finding of findings) {
      coveredRegions.add(finding.region);
      if (finding.status !== 'FAIL') continue;
      failingNow.add(failureKey(finding));
      if (!finding.muted) open.push(finding);
    }
    const coveredChecks = new Set(checkIds);
    return {
      new: open.filter((f) => !this.knows(f)),
      unchanged: open.filter((f) => this.knows(f)),
      fixed: [...this.failures.entries()]
        .filter(([key, f]) => !failingNow.has(key) && coveredChecks.has(f.check.id) && coveredRegions.has(f.region))
        .map(([, f]) => f),
    };
  }
}
