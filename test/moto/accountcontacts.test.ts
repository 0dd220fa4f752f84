import { AccountClient, PutAlternateContactCommand } from '@aws-sdk/client-account';
import { beforeEach, describe, expect, it } from 'vitest';
import { failureOf, need } from '../../src/services/resource-map.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** moto 5.2.1 serves the alternate contacts, not GetContactInformation (mocked in test/unit/services/accountcontacts.test.ts). */
describe('Account contacts against moto', () => {
  beforeEach(resetMoto);

  it('reads each alternate contact once, a missing one as null, whatever regions are scanned', async () => {
    await new AccountClient(seedConfig('us-east-1')).send(
      new PutAlternateContactCommand({ AlternateContactType: 'SECURITY', Name: 'Sec Team', Title: 'Security', EmailAddress: 'sec@example.com', PhoneNumber: '+15550100' }),
    );

    const { contacts } = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'accountcontacts');

    const [only, ...others] = contacts.all();
    expect(others).toEqual([]);
    expect(only).toMatchObject({ arn: `arn:aws:iam::${MOTO_ACCOUNT}:root`, id: MOTO_ACCOUNT, region: 'us-east-1' });
    expect(need(only!.security)).toEqual({ name: 'Sec Team', email: 'sec@example.com', phoneNumber: '+15550100' });
    expect(need(only!.billing)).toBeNull();
    expect(need(only!.operations)).toBeNull();
    expect(failureOf(only!.primary)).toMatchObject({ service: 'accountcontacts', region: 'us-east-1', operation: 'GetContactInformation' });
  });
});
