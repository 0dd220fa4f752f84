import { EC2Client } from '@aws-sdk/client-ec2';
import { KMSClient } from '@aws-sdk/client-kms';
import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';

const factory = () =>
  new ClientFactory({ credentials: () => Promise.resolve({ accessKeyId: 'a', secretAccessKey: 'b' }), limit: pLimit(2) });

describe('ClientFactory', () => {
  it('hands back one client per service and region', () => {
    const clients = factory();
    expect(clients.get(EC2Client, 'eu-west-1')).toBe(clients.get(EC2Client, 'eu-west-1'));
    expect(clients.get(EC2Client, 'eu-west-1')).not.toBe(clients.get(EC2Client, 'us-east-1'));
    expect(clients.get(KMSClient, 'eu-west-1')).not.toBe(clients.get(EC2Client, 'eu-west-1'));
  });
});

describe('ClientFactory.counting', () => {
  /** What Node puts on a promise made inside `counting`: among them, a store per live AsyncLocalStorage. */
  const storesOnPromise = (clients: ClientFactory) =>
    clients.counting(() => Promise.resolve(Object.getOwnPropertySymbols(Promise.resolve().then(() => undefined)).length)).then(({ result }) => result);

  it('adds nothing to the promises of later accounts: every factory shares one call tally', async () => {
    const first = await storesOnPromise(factory());
    // An organization scan makes a factory per account.
    for (let account = 0; account < 20; account++) await storesOnPromise(factory());
    expect(await storesOnPromise(factory())).toBe(first);
  });
});
