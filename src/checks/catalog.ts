import catalog from '../../checks/catalog.json' with { type: 'json' };
import { checkModules } from '../../checks/index.js';
import type { Finding } from '../findings/finding.js';
import type { Check, CheckMetadata } from './check.js';

/**
 * Every check's metadata, from the generated catalog: listing, selecting and re-rendering a
 * report load no check's code and no AWS SDK.
 */
export const checkCatalog: readonly CheckMetadata[] = catalog as CheckMetadata[];

/** The selected checks with their logic, each module imported only now that it will run. */
export async function loadChecks(selected: readonly CheckMetadata[]): Promise<Check[]> {
  return Promise.all(
    selected.map(async (metadata) => {
      const load = checkModules[metadata.id];
      if (!load) throw new Error(`check ${metadata.id} is in the catalog but has no module: run npm run generate`);
      return { metadata, logic: (await load()).default };
    }),
  );
}

/**
 * Findings read back from OCSF, which carries no remediation code and repeats metadata per
 * finding: a check the scanner knows gets its own metadata back, shared by all its findings as in
 * a live scan.
 */
export function withKnownMetadata(findings: readonly Finding[]): Finding[] {
  const known = new Map<string, CheckMetadata>(checkCatalog.map((check) => [check.id, check]));
  return findings.map((finding) => ({ ...finding, check: known.get(finding.check.id) ?? finding.check }));
}
