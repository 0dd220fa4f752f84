import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Fake credentials for the moto emulator and for mocked clients; real ones must never be used.
const env = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_SESSION_TOKEN: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AWS_PROFILE: '',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};

/**
 * Test files that need a module registry of their own: one replaces a module with vi.mock; the
 * other times SDK clients whose prototypes other files' client mocks replace while they run.
 */
const ISOLATED = ['test/unit/cli/scan-startup.test.ts', 'test/unit/provider/timeouts.test.ts'];

/**
 * A timeout catches a hang, not slowness (benchmarks measure speed): some unit files take a few
 * seconds on an idle machine, and CI machines are busier.
 */
const UNIT_TEST_TIMEOUT_MS = 30_000;

/** Workers per pool; in the moto project each has a moto_server of its own (test/helpers/moto-global-setup.ts). */
export const MOTO_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

export default defineConfig({
  test: {
    maxWorkers: MOTO_WORKERS,
    // Only the unit project runs in threads: its files share each worker's modules (see there).
    poolOptions: { threads: { isolate: false } },
    projects: [
      {
        // Test files share each worker's modules instead of importing the SDK and the checks anew:
        // most of a file's cost was that import. Tests therefore keep no state in modules.
        test: {
          name: 'unit',
          include: ['checks/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ISOLATED,
          pool: 'threads',
          testTimeout: UNIT_TEST_TIMEOUT_MS,
          env,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: ISOLATED,
          testTimeout: UNIT_TEST_TIMEOUT_MS,
          env,
        },
      },
      {
        // Files reset their worker's moto server between tests, so within a worker they run one at
        // a time; workers run side by side. The report's browser tests scan moto accounts too.
        test: {
          name: 'moto',
          include: ['test/moto/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/helpers/moto-global-setup.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          env,
        },
      },
    ],
  },
});
