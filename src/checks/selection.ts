import { UsageError } from '../errors.js';
import type { CheckMetadata, Severity } from './check.js';

export interface Selection {
  checks?: string[];
  services?: string[];
  severities?: Severity[];
  categories?: string[];
  excludedChecks?: string[];
  excludedServices?: string[];
}

/** Every name must be one the scanner knows: a typo must never silently shrink (or widen) a scan. */
function requireKnown(
  names: readonly string[] | undefined,
  known: ReadonlySet<string>,
  [one, many]: readonly [string, string],
  listFlag: string,
): void {
  const unknown = (names ?? []).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new UsageError(`unknown ${unknown.length === 1 ? one : many}: ${unknown.join(', ')} (see ${listFlag})`);
  }
}

const CHECK = ['check', 'checks'] as const;
const SERVICE = ['service', 'services'] as const;

const asSet = (names: readonly string[] | undefined) => (names?.length ? new Set(names) : undefined);

/**
 * The category of checks that search the account's recent event history. As in Prowler, they run
 * only when named or when their category is asked for: their searches are slow (CloudTrail answers
 * two of them per second per region) and their findings are leads for an investigation, not posture.
 */
export const OPT_IN_CATEGORY = 'threat-detection';

export interface SelectionPurpose {
  /** Listings show every matching check, opt-in ones included, as Prowler's do. */
  listing?: boolean;
}

/**
 * The checks a scan runs: those named (or those of the named services, or in the named categories),
 * at the named severities, less the excluded checks and services, and less the opt-in
 * (threat-detection) checks unless checks are named or that category is asked for.
 */
export function selectChecks(all: readonly CheckMetadata[], selection: Selection, { listing = false }: SelectionPurpose = {}): CheckMetadata[] {
  if (selection.checks?.length && selection.services?.length) {
    throw new UsageError('--checks and --services cannot be combined: name checks, or services, not both');
  }
  const checkIds = new Set(all.map((check) => check.id));
  requireKnown(selection.checks, checkIds, CHECK, '--list-checks');
  requireKnown(selection.excludedChecks, checkIds, CHECK, '--list-checks');
  const services = new Set(all.map((check) => check.service));
  requireKnown(selection.services, services, SERVICE, '--list-services');
  requireKnown(selection.excludedServices, services, SERVICE, '--list-services');
  requireKnown(selection.categories, new Set(all.flatMap((check) => check.categories)), ['category', 'categories'], '--list-categories');

  const wantedChecks = asSet(selection.checks);
  const wantedServices = asSet(selection.services);
  const wantedSeverities = asSet(selection.severities);
  const wantedCategories = asSet(selection.categories);
  const excludedChecks = new Set(selection.excludedChecks);
  const excludedServices = new Set(selection.excludedServices);
  const optedIn = listing || wantedChecks !== undefined || wantedCategories?.has(OPT_IN_CATEGORY) === true;
  return all.filter(
    (check) =>
      (!wantedChecks || wantedChecks.has(check.id)) &&
      (!wantedServices || wantedServices.has(check.service)) &&
      (!wantedSeverities || wantedSeverities.has(check.severity)) &&
      (!wantedCategories || check.categories.some((category) => wantedCategories.has(category))) &&
      !excludedChecks.has(check.id) &&
      !excludedServices.has(check.service) &&
      (optedIn || !check.categories.includes(OPT_IN_CATEGORY)),
  );
}
