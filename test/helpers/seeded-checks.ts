import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalog } from '../../src/checks/catalog.js';
import { ROOT } from './cli.js';

/**
 * The verdicts the checks gave on the misconfigured account scripts/seed-account.ts builds (check,
 * resource ARN with moto's random IDs as `*`, region, status), one per line.
 */
export const SEEDED_VERDICTS: readonly string[] = readFileSync(join(ROOT, 'test', 'e2e', 'fixtures', 'verdicts-before-reshape.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

/** The checks that account was seeded for: every one of them has something to judge there. */
export const SEEDED_CHECKS: readonly string[] = [...new Set(SEEDED_VERDICTS.map((line) => line.split('\t')[0]!))];

export const SEEDED_CHECK_METADATA = checkCatalog.filter((check) => SEEDED_CHECKS.includes(check.id));
