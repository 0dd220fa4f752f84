import { inject } from 'vitest';
import { AwsProvider } from '../../src/provider/provider.js';
import { silentLogger } from '../../src/logger.js';
import type { ServiceScope } from '../../src/services/service.js';

/** The account ID moto uses when none is configured. */
export const MOTO_ACCOUNT = '123456789012';

export function motoEndpoint(): string {
  return inject('motoEndpoint');
}

/** Empties every moto backend, so each test seeds exactly what it asserts on. */
export async function resetMoto(): Promise<void> {
  const response = await fetch(`${motoEndpoint()}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`moto reset failed: ${response.status}`);
}

/** SDK client settings for seeding moto directly, outside the scanner's own provider. */
export function seedConfig(region = 'us-east-1') {
  return {
    region,
    endpoint: motoEndpoint(),
    forcePathStyle: true,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  };
}

/** Connects the scanner's real provider to moto, as a scan would. */
export async function motoScope(regions: string[]): Promise<ServiceScope> {
  const provider = await AwsProvider.connect({ endpoint: motoEndpoint(), regions }, silentLogger);
  return { account: provider.account, clients: provider.clients };
}
