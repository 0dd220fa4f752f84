import { AccountClient, GetAlternateContactCommand, GetContactInformationCommand } from '@aws-sdk/client-account';
import { mockClient } from 'aws-sdk-client-mock';
import accountcontacts from '../../../src/services/accountcontacts/accountcontacts.js';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import { failureOf, need, type AwsResource, type ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const denied = (name = 'AccessDeniedException') => Object.assign(new Error('denied'), { name });

/** moto 5.2.1 has no GetContactInformation, so the primary contact is read here from mocked answers. */
describe('Account contacts collection', () => {
  const mock = mockClient(AccountClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('reads the primary contact and each alternate contact once, a missing alternate as null', async () => {
    mock.on(GetContactInformationCommand).resolves({ ContactInformation: { FullName: 'Owner', PhoneNumber: '+15550000', AddressLine1: 'x', City: 'y', CountryCode: 'US', PostalCode: '1' } });
    mock.on(GetAlternateContactCommand, { AlternateContactType: 'BILLING' }).resolves({ AlternateContact: { Name: 'Bill', EmailAddress: 'bill@example.com', PhoneNumber: '+15550001' } });
    mock.on(GetAlternateContactCommand, { AlternateContactType: 'SECURITY' }).rejects(denied('ResourceNotFoundException'));
    mock.on(GetAlternateContactCommand, { AlternateContactType: 'OPERATIONS' }).rejects(denied());

    const contacts = await loader().load(accountcontacts.contacts);

    const [only] = contacts.all();
    expect(only).toMatchObject({ arn: 'arn:aws:iam::111122223333:root', id: '111122223333', region: 'us-east-1' });
    expect(need(only!.primary)).toEqual({ name: 'Owner', phoneNumber: '+15550000' });
    expect(need(only!.billing)).toEqual({ name: 'Bill', email: 'bill@example.com', phoneNumber: '+15550001' });
    expect(need(only!.security)).toBeNull();
    expect(failureOf(only!.operations)).toMatchObject({ service: 'accountcontacts', operation: 'GetAlternateContact(OPERATIONS)', resourceArn: 'arn:aws:iam::111122223333:root' });
    expect(mock.commandCalls(GetAlternateContactCommand)).toHaveLength(3);
  });
});
