import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { selectChecks, type Selection } from '../../../src/checks/selection.js';
import { UsageError } from '../../../src/errors.js';

const ids = (selection: Selection) => selectChecks(checkCatalog, selection).map((check) => check.id);

describe('check selection', () => {
  it('runs every check when nothing is asked for', () => {
    expect(ids({})).toHaveLength(checkCatalog.length);
  });

  it('narrows to categories, any of a check\'s categories matching', () => {
    const selected = selectChecks(checkCatalog, { categories: ['encryption', 'secrets'] });
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every((c) => c.categories.includes('encryption') || c.categories.includes('secrets'))).toBe(true);
    expect(selected).toHaveLength(checkCatalog.filter((c) => c.categories.some((k) => k === 'encryption' || k === 'secrets')).length);
  });

  it('leaves out excluded checks and services, whatever else selected them', () => {
    const withoutS3 = ids({ excludedServices: ['s3'] });
    expect(withoutS3.some((id) => id.startsWith('s3_'))).toBe(false);
    expect(withoutS3).toHaveLength(checkCatalog.filter((c) => c.service !== 's3').length);
    expect(ids({ checks: ['iam_root_mfa_enabled', 'iam_no_root_access_key'], excludedChecks: ['iam_no_root_access_key'] })).toEqual([
      'iam_root_mfa_enabled',
    ]);
  });

  it('combines severity with a service', () => {
    const selected = selectChecks(checkCatalog, { services: ['ec2'], severities: ['critical'] });
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every((c) => c.service === 'ec2' && c.severity === 'critical')).toBe(true);
  });

  it.each<[Selection, RegExp]>([
    [{ checks: ['no_such_check'] }, /^unknown check: no_such_check \(see --list-checks\)$/],
    [{ excludedChecks: ['iam_root_mfa_enabled', 'typo_check'] }, /^unknown check: typo_check /],
    [{ services: ['lambda'] }, /^unknown service: lambda \(see --list-services\)$/],
    [{ excludedServices: ['ec3'] }, /^unknown service: ec3 /],
    [{ categories: ['gen-ai'] }, /^unknown category: gen-ai \(see --list-categories\)$/],
    [{ checks: ['iam_root_mfa_enabled'], services: ['iam'] }, /cannot be combined/],
  ])('%j is a usage error', (selection, message) => {
    expect(() => ids(selection)).toThrow(UsageError);
    expect(() => ids(selection)).toThrow(message);
  });
});
