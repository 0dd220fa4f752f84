import { describe, expect, it } from 'vitest';
import { loadChecks, checkCatalog } from '../../../src/checks/catalog.js';
import type { Check } from '../../../src/checks/check.js';
import { evaluateCheck } from '../../../src/checks/runner.js';
import { DEFAULT_SCAN_OPTIONS } from '../../../src/checks/check.js';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import type { Finding } from '../../../src/findings/finding.js';
import { ResourceMap, isField, unread, type AwsResource } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT, fixtureCollections } from '../../helpers/check-cases.js';
import { SAMPLES } from '../../helpers/fixtures/samples.js';

/**
 * Every check, run on sample data with every field read, then again with one field (or one
 * listing) left unread. Unread data may only take verdicts away, each loss made up by an ERROR:
 * it must never add a PASS or FAIL, nor change one.
 */
const checks = await loadChecks(checkCatalog);

type Variant = { name: string; adjust: (maps: Map<string, ResourceMap<AwsResource>>) => void };

function run(check: Check, fill: (maps: Map<string, ResourceMap<AwsResource>>) => void, scanUnusedServices: boolean): Finding[] {
  const { byKey } = fixtureCollections(check.logic);
  fill(byKey);
  return evaluateCheck(check, byKey, {
    account: FIXTURE_ACCOUNT,
    options: { ...DEFAULT_SCAN_OPTIONS, scanUnusedServices },
    config: DEFAULT_AWS_CONFIG,
    checksInScan: new Set(checkCatalog.map((entry) => entry.id)),
    timestamp: '2026-01-01T00:00:00.000Z',
  }).findings;
}

const samplesFor = (key: string): AwsResource[] => {
  const make = SAMPLES[key];
  if (!make) throw new Error(`test/helpers/fixtures/samples.ts has no sample for ${key}`);
  return make();
};

/** Every way of leaving one thing unread: each field of each sample resource, and each region's listing. */
function variants(check: Check): Variant[] {
  const keys = Object.entries(check.logic.uses).flatMap(([service, names]: [string, readonly string[]]) => names.map((name) => `${service}.${name}`));
  const fieldVariants = keys.flatMap((key) =>
    samplesFor(key).flatMap((resource, index) =>
      Object.entries(resource)
        .filter(([, value]) => isField(value))
        .map(([field]) => ({
          name: `${key}[${index}].${field} unread`,
          adjust: (maps: Map<string, ResourceMap<AwsResource>>) => {
            const listed = samplesFor(key);
            const failure = { service: key.split('.')[0]!, region: listed[index]!.region, operation: `Read${field}`, message: 'AccessDenied: denied', resourceArn: listed[index]!.arn };
            listed[index] = { ...listed[index]!, [field]: unread(failure) };
            const map = new ResourceMap<AwsResource>(maps.get(key)!.service, maps.get(key)!.name);
            for (const resource of listed) map.add(resource);
            maps.set(key, map);
          },
        })),
    ),
  );
  const listingVariants = keys.flatMap((key) =>
    FIXTURE_ACCOUNT.regions.map((region) => ({
      name: `${key} unlisted in ${region}`,
      adjust: (maps: Map<string, ResourceMap<AwsResource>>) => {
        const map = new ResourceMap<AwsResource>(maps.get(key)!.service, maps.get(key)!.name);
        for (const resource of samplesFor(key)) if (resource.region !== region) map.add(resource);
        map.fail({ region, operation: 'List', message: 'AccessDenied: denied' });
        maps.set(key, map);
      },
    })),
  );
  return [...fieldVariants, ...listingVariants];
}

const verdictKey = (finding: Finding) => `${finding.status} ${finding.resource.arn} ${finding.resource.id} ${finding.region}`;

describe.each([false, true])('unread data never decides a verdict (scan unused services: %s)', (scanUnusedServices) => {
  it.each(checks.map((check) => [check.metadata.id, check] as const))('%s', (_id, check) => {
    const fillSamples = (maps: Map<string, ResourceMap<AwsResource>>) => {
      for (const [key, map] of maps) for (const resource of samplesFor(key)) map.add(resource);
    };
    const baseline = run(check, fillSamples, scanUnusedServices);
    expect(baseline.filter((finding) => finding.status === 'ERROR'), 'samples are fully read').toEqual([]);
    const baselineVerdicts = new Set(baseline.map(verdictKey));
    for (const variant of variants(check)) {
      const findings = run(check, (maps) => (fillSamples(maps), variant.adjust(maps)), scanUnusedServices);
      const verdicts = findings.filter((finding) => finding.status !== 'ERROR');
      const invented = verdicts.filter((finding) => !baselineVerdicts.has(verdictKey(finding)));
      expect(invented.map(verdictKey), `${variant.name}: verdicts the full data did not give`).toEqual([]);
      if (verdicts.length < baseline.length) {
        expect(findings.some((finding) => finding.status === 'ERROR'), `${variant.name}: verdicts lost without an ERROR`).toBe(true);
      }
    }
  });
});
