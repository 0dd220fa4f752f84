import { UsageError } from '../errors.js';
import type { Check, Severity } from './check.js';

export interface Selection {
  checks?: string[];
  services?: string[];
  severities?: Severity[];
}

/**
 * The checks a scan runs: those named (or those of the named services), at the named severities.
 * An unknown name is a usage error, never silently ignored: a typo must not shrink a scan.
 */
export function selectChecks(all: readonly Check[], selection: Selection): Check[] {
  if (selection.checks?.length && selection.services?.length) {
    throw new UsageError('--checks and --services cannot be combined: name checks, or services, not both');
  }
  const known = new Set(all.map((check) => check.id));
  const unknownChecks = (selection.checks ?? []).filter((id) => !known.has(id));
  if (unknownChecks.length > 0) throw new UsageError(`unknown check(s): ${unknownChecks.join(', ')} (see --list-checks)`);
  const services = new Set(all.map((check) => check.service));
  const unknownServices = (selection.services ?? []).filter((name) => !services.has(name));
  if (unknownServices.length > 0) {
    throw new UsageError(`unknown service(s): ${unknownServices.join(', ')} (see --list-services)`);
  }
  const wantedChecks = selection.checks?.length ? new Set(selection.checks) : undefined;
  const wantedServices = selection.services?.length ? new Set(selection.services) : undefined;
  const wantedSeverities = selection.severities?.length ? new Set(selection.severities) : undefined;
  return all.filter(
    (check) =>
      (!wantedChecks || wantedChecks.has(check.id)) &&
      (!wantedServices || wantedServices.has(check.service)) &&
      (!wantedSeverities || wantedSeverities.has(check.severity)),
  );
}
