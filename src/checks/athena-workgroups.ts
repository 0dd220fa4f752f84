import type { AthenaWorkgroupDetails } from '../services/athena/athena.js';
import { need, type Listing } from '../services/resource-map.js';
import type { ScanOptions } from './check.js';
import { notApplicable, type Report, type Verdict } from './report.js';

/**
 * Judges the workgroups Prowler judges: enabled ones that have run queries, or every workgroup
 * when unused resources are scanned. The `primary` workgroup gets no exception: it is skipped
 * only when unused, like any other.
 */
export function judgeUsedWorkgroups(
  report: Report,
  workgroups: Listing<AthenaWorkgroupDetails>,
  options: ScanOptions,
  judge: (workgroup: AthenaWorkgroupDetails) => Verdict,
): void {
  report.each(workgroups, (workgroup) => {
    if (!options.scanUnusedServices) {
      if (workgroup.state !== 'ENABLED') return notApplicable('the workgroup is disabled');
      if (!need(workgroup.hasQueries)) return notApplicable('the workgroup has run no query');
    }
    return judge(workgroup);
  });
}
