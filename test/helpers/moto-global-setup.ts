import type { TestProject } from 'vitest/node';
import { startMotoServer } from '../../scripts/moto-server.js';
import { MOTO_WORKERS } from '../../vitest.config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    motoEndpoints: string[];
  }
}

/**
 * One moto_server per worker of the moto project: a file resets its worker's server without
 * disturbing the files other workers are running.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers = await Promise.all(Array.from({ length: MOTO_WORKERS }, () => startMotoServer()));
  project.provide(
    'motoEndpoints',
    servers.map((server) => server.endpoint),
  );
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
