import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { OPT_IN_CATEGORY, selectChecks, type Selection } from '../../../src/checks/selection.js';
import { UsageError } from '../../../src/errors.js';

const ids = (selection: Selection) => selectChecks(checkCatalog, selection).map((check) => check.id);

const optIn = checkCatalog.filter((check) => check.categories.includes(OPT_IN_CATEGORY)).map((check) => check.id);
const THREAT_CHECKS = ['cloudtrail_threat_detection_enumeration', 'cloudtrail_threat_detection_llm_jacking', 'cloudtrail_threat_detection_privilege_escalation'];

describe('check selection', () => {
  it('runs every check but the threat-detection ones when nothing is asked for', () => {
    expect(optIn).toEqual(expect.arrayContaining(THREAT_CHECKS));
    const selected = ids({});
    expect(selected).toHaveLength(checkCatalog.length - optIn.length);
    expect(selected.filter((id) => optIn.includes(id))).toEqual([]);
  });

  it('lists every check, threat-detection ones included', () => {
    expect(selectChecks(checkCatalog, {}, { listing: true })).toHaveLength(checkCatalog.length);
    expect(selectChecks(checkCatalog, { services: ['cloudtrail'] }, { listing: true }).map((c) => c.id)).toEqual(expect.arrayContaining(THREAT_CHECKS));
  });

  it.each<[string, Selection, string[]]>([
    ['named checks', { checks: ['cloudtrail_threat_detection_enumeration', 'kms_cmk_are_used'] }, ['cloudtrail_threat_detection_enumeration']],
    ['the threat-detection category', { categories: [OPT_IN_CATEGORY] }, THREAT_CHECKS],
    ['the threat-detection category with another', { categories: ['encryption', OPT_IN_CATEGORY] }, THREAT_CHECKS],
  ])('runs threat-detection checks when asked for by %s', (_, selection, expected) => {
    expect(ids(selection)).toEqual(expect.arrayContaining(expected));
  });

  it.each<[string, Selection]>([
    ['their service', { services: ['cloudtrail'] }],
    ['their severity', { severities: ['critical'] }],
    ['another of their categories', { categories: ['gen-ai'] }],
  ])('leaves threat-detection checks out when asked for by %s only', (_, selection) => {
    const selected = ids(selection);
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.filter((id) => optIn.includes(id))).toEqual([]);
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
    expect(withoutS3).toHaveLength(checkCatalog.filter((c) => c.service !== 's3' && !optIn.includes(c.id)).length);
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
    [{ categories: ['no-such-category'] }, /^unknown category: no-such-category \(see --list-categories\)$/],
    [{ checks: ['iam_root_mfa_enabled'], services: ['iam'] }, /cannot be combined/],
  ])('%j is a usage error', (selection, message) => {
    expect(() => ids(selection)).toThrow(UsageError);
    expect(() => ids(selection)).toThrow(message);
  });
});
