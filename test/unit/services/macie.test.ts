import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readFields } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const regionOf = (getClient: () => Macie2Client) => getClient().config.region();
const failure = (name: string, message: string) => Object.assign(new Error(message), { name });

// moto 5.2.1 has no GetAutomatedDiscoveryConfiguration, and its GetMacieSession answer carries a
// date the JavaScript SDK refuses.
describe('Macie sessions and automated discovery', () => {
  const macie = mockClient(Macie2Client);
  afterEach(() => macie.reset());
  afterAll(() => macie.restore());

  it('reads each region, "Macie is not enabled" as DISABLED, and discovery only where Macie is enabled', async () => {
    macie.on(GetMacieSessionCommand).callsFake(async (_input, getClient: () => Macie2Client) => {
      if ((await regionOf(getClient)) === 'us-east-1') throw failure('AccessDeniedException', 'Macie is not enabled.');
      return { status: 'ENABLED' };
    });
    macie.on(GetAutomatedDiscoveryConfigurationCommand).resolves({ status: 'ENABLED' });

    const loaded = await loadService(scope(), 'macie');

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.sessions.all().map(readFields).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: 'arn:aws:macie:eu-west-1:111122223333:session', id: '111122223333', region: 'eu-west-1', tags: {}, status: 'ENABLED' },
      { arn: 'arn:aws:macie:us-east-1:111122223333:session', id: '111122223333', region: 'us-east-1', tags: {}, status: 'DISABLED' },
    ]);
    expect(loaded.automatedDiscovery.all().map(readFields)).toMatchObject([{ region: 'eu-west-1', automatedDiscoveryStatus: 'ENABLED' }]);
    expect(macie.commandCalls(GetAutomatedDiscoveryConfigurationCommand)).toHaveLength(1);
  });

  it('any other failure leaves the region unread', async () => {
    macie.on(GetMacieSessionCommand).rejects(failure('AccessDeniedException', 'User is not authorized'));

    const loaded = await loadService(scope(), 'macie', ['sessions']);

    expect(() => loaded.sessions.all('eu-west-1')).toThrow(/GetMacieSession/);
  });
});
