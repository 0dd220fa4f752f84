import { describe, expect, it } from 'vitest';
import { allChecks } from '../../checks/index.js';
import { DEFAULT_SCAN_OPTIONS, type Check, type ScanOptions, type Status } from '../../src/checks/check.js';
import { evaluateCheck } from '../../src/checks/runner.js';
import type { AccountScope } from '../../src/provider/provider.js';
import { ClientFactory } from '../../src/provider/clients.js';
import { createService, serviceNames, type Services } from '../../src/services/registry.js';

export const FIXTURE_ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1', 'us-east-1'],
  globalRegion: 'us-east-1',
};

/**
 * Empty services for fixtures: a test fills their maps by hand. Their clients refuse to be used,
 * so a check that tried to reach AWS would fail its test.
 */
export function fixtureServices(): Services {
  const clients = new ClientFactory({
    credentials: () => Promise.reject(new Error('check tests must not call AWS')),
    limit: (() => Promise.reject(new Error('check tests must not call AWS'))) as never,
  });
  const scope = { account: FIXTURE_ACCOUNT, clients };
  return Object.fromEntries(serviceNames.map((name) => [name, createService(name, scope)])) as Services;
}

export interface ExpectedFinding {
  status: Status;
  /** The resource ID (or, for ERROR on an unlisted region, `<service>:<operation>`). */
  resource: string;
  region?: string;
  /** A fragment the status detail must contain. */
  detail?: string | RegExp;
}

export interface CheckCase {
  name: string;
  /** Fills the services' maps (add resources, record failures); nothing for "no resources". */
  given?: (services: Services) => void;
  /** Scan options for this case; Prowler's defaults otherwise. */
  options?: Partial<ScanOptions>;
  /** The checks in the scan; every check otherwise, as in a full scan. */
  checksInScan?: string[];
  expect: ExpectedFinding[];
}

/** Findings of `check` on hand-made service data, as the runner would produce them. */
export function findingsOf(
  check: Check,
  given?: (services: Services) => void,
  options: Partial<ScanOptions> = {},
  checksInScan: readonly string[] = allChecks.map((c) => c.id),
) {
  const services = fixtureServices();
  given?.(services);
  const scanOptions = { ...DEFAULT_SCAN_OPTIONS, ...options };
  const scope = { account: FIXTURE_ACCOUNT, checksInScan: new Set(checksInScan) };
  return evaluateCheck(check, services, scope, scanOptions, '2026-01-01T00:00:00.000Z').findings;
}

/** One test per case, like ESLint's RuleTester: fixture in, expected findings out, in any order. */
export function testCheck(check: Check, cases: CheckCase[]): void {
  describe(check.id, () => {
    it.each(cases)('$name', ({ given, options, checksInScan, expect: expected }) => {
      const actual = findingsOf(check, given, options, checksInScan).map((f) => ({
        status: f.status,
        resource: f.resource.id,
        region: f.region,
        detail: f.statusExtended,
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
            (want.detail === undefined ||
              (typeof want.detail === 'string' ? got.detail.includes(want.detail) : want.detail.test(got.detail))),
        );
        expect(index, `expected ${JSON.stringify(want)} among ${JSON.stringify([...remaining].sort((a, b) => sortKey(a).localeCompare(sortKey(b))))}`).toBeGreaterThanOrEqual(0);
        remaining.splice(index, 1);
      }
    });
  });
}
