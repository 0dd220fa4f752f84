import type { TestProject } from 'vitest/node';
import { startMotoServer } from '../../scripts/moto-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    motoEndpoint: string;
  }
}

/** One moto_server for the whole run; test files reset it rather than start their own. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startMotoServer();
  project.provide('motoEndpoint', server.endpoint);
  return () => server.stop();
}
