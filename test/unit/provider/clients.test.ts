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
