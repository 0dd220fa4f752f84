import { checkCatalog } from '../checks/catalog.js';
import type { Finding } from '../findings/finding.js';
import type { ScanContext } from '../output/context.js';
import { assessCompliance, type FrameworkAssessment } from './assess.js';
import { loadFrameworks } from './framework.js';

/** Every framework's verdicts on a scan's findings: after a scan, and when a report is rebuilt. */
export function judgeCompliance(findings: Iterable<Finding>, context: ScanContext, config?: Readonly<Record<string, unknown>>): FrameworkAssessment[] {
  return assessCompliance(loadFrameworks(), findings, {
    checksRun: new Set(context.checkIds),
    checksKnown: new Set(checkCatalog.map((check) => check.id)),
    ...(config ? { config } : {}),
  });
}
