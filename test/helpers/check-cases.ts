import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/checks/catalog.js';
import { DEFAULT_SCAN_OPTIONS, type Check, type CheckLogic, type NamesIn, type ScanOptions, type Severity, type Status, type Uses } from '../../src/checks/check.js';
import type { Subject } from '../../src/checks/report.js';
import { evaluateCheck } from '../../src/checks/runner.js';
import { DEFAULT_AWS_CONFIG, type AwsConfig, type AwsConfigKey } from '../../src/config/aws-config.js';
import type { AccountScope } from '../../src/provider/provider.js';
import type { ResourceOf } from '../../src/services/collection.js';
import type { ServiceCollections, ServiceName } from '../../src/services/index.js';
import { ResourceMap, type AwsResource, type ReadFailure } from '../../src/services/resource-map.js';

export const FIXTURE_ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1', 'us-east-1'],
  globalRegion: 'us-east-1',
};

/** The collections a check declares, empty, for a case to fill by hand: plain data, no AWS SDK. */
export type Fixture<U extends Uses> = {
  readonly [S in keyof U & ServiceName]: {
    readonly [C in NamesIn<U[S]> & keyof ServiceCollections[S]]: ResourceMap<ResourceOf<ServiceCollections[S][C]>>;
  };
};

/** A failed read as a service records it, for cases about data that could not be read. */
export function readFailure(service: string, operation: string, overrides: Partial<ReadFailure> = {}): ReadFailure {
  return { service, region: 'eu-west-1', operation, message: 'AccessDenied: denied', ...overrides };
}

export interface ExpectedFinding {
  status: Status;
  /** The resource ID (or, for ERROR on an unlisted region, `<service>:<operation>`). */
  resource: string;
  region?: string;
  /** A fragment the status detail must contain. */
  detail?: string | RegExp;
  /** The finding's own severity, when the case is about how the check rates it. */
  severity?: Severity;
}

export interface CheckCase<U extends Uses> {
  name: string;
  /** Fills the collections (add resources, record failures); nothing for "no resources". */
  given?: (collections: Fixture<U>) => void;
  /** Scan options for this case; Prowler's defaults otherwise. */
  options?: Partial<ScanOptions>;
  /** Config keys for this case; Prowler's defaults otherwise. */
  config?: Partial<AwsConfig>;
  /** The checks in the scan; every check otherwise, as in a full scan. */
  checksInScan?: string[];
  expect: ExpectedFinding[];
}

/** A check with its catalog metadata, as the runner runs it. */
export function withMetadata(logic: CheckLogic): Check {
  const metadata = checkCatalog.find((entry) => entry.id === logic.id);
  if (!metadata) throw new Error(`${logic.id} is not in checks/catalog.json: run npm run generate`);
  return { metadata, logic };
}

/** Empty maps for every collection the check declares, by `service.name` and as the check sees them. */
export function fixtureCollections<U extends Uses>(logic: CheckLogic<U, AwsConfigKey>): { byKey: Map<string, ResourceMap<AwsResource>>; fixture: Fixture<U> } {
  const byKey = new Map<string, ResourceMap<AwsResource>>();
  const fixture = Object.fromEntries(
    Object.entries(logic.uses).map(([service, names]: [string, readonly string[]]) => [
      service,
      Object.fromEntries(
        names.map((name) => {
          const map = new ResourceMap<AwsResource>(service, name);
          byKey.set(`${service}.${name}`, map);
          return [name, map];
        }),
      ),
    ]),
  ) as Fixture<U>;
  return { byKey, fixture };
}

/** Everything a check reported on hand-made data, as the runner would produce it, NOT_APPLICABLE aside. */
export function findingsOf<U extends Uses, K extends AwsConfigKey>(
  logic: CheckLogic<U, K>,
  given?: (collections: Fixture<U>) => void,
  settings: { options?: Partial<ScanOptions>; config?: Partial<AwsConfig>; checksInScan?: readonly string[] } = {},
) {
  const check = withMetadata(logic);
  const { byKey, fixture } = fixtureCollections(logic);
  given?.(fixture);
  return evaluateCheck(check, byKey, {
    account: FIXTURE_ACCOUNT,
    options: { ...DEFAULT_SCAN_OPTIONS, ...settings.options },
    config: { ...DEFAULT_AWS_CONFIG, ...settings.config },
    checksInScan: new Set(settings.checksInScan ?? checkCatalog.map((entry) => entry.id)),
    timestamp: '2026-01-01T00:00:00.000Z',
  }).findings;
}

/** One test per case, like ESLint's RuleTester: fixture in, expected findings out, in any order. */
export function testCheck<U extends Uses, K extends AwsConfigKey>(logic: CheckLogic<U, K>, cases: CheckCase<U>[]): void {
  describe(logic.id, () => {
    it.each(cases)('$name', ({ given, options, config, checksInScan, expect: expected }) => {
      const actual = findingsOf(logic, given, { options, config, checksInScan }).map((f) => ({
        status: f.status,
        resource: f.resource.id,
        region: f.region,
        detail: f.statusExtended,
        severity: f.severity,
      }));
      expect(actual).toHaveLength(expected.length);
      const sortKey = (f: { status: string; resource: string; region?: string }) => `${f.resource}|${f.region ?? ''}|${f.status}`;
      const remaining = [...actual];
      for (const want of expected) {
        const index = remaining.findIndex(
          (got) =>
            got.status === want.status &&
            got.resource === want.resource &&
            (want.region === undefined || got.region === want.region) &&
            (want.severity === undefined || got.severity === want.severity) &&
            (want.detail === undefined ||
              (typeof want.detail === 'string' ? got.detail.includes(want.detail) : want.detail.test(got.detail))),
        );
        expect(index, `expected ${JSON.stringify(want)} among ${JSON.stringify([...remaining].sort((a, b) => sortKey(a).localeCompare(sortKey(b))))}`).toBeGreaterThanOrEqual(0);
        remaining.splice(index, 1);
      }
    });
  });
}

export type { Subject };
