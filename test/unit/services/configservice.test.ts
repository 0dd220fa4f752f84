import { ListDelegatedAdministratorsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const failure = (name: string) => Object.assign(new Error('no'), { name });

// moto 5.2.1 refuses to list delegated administrators of config.amazonaws.com.
describe('delegated administrators of AWS Config', () => {
  const organizations = mockClient(OrganizationsClient);
  afterEach(() => organizations.reset());
  afterAll(() => organizations.restore());

  it('lists every page for config.amazonaws.com, once, in the global region', async () => {
    organizations.on(ListDelegatedAdministratorsCommand).callsFake((input: { NextToken?: string }) =>
      input.NextToken ? { DelegatedAdministrators: [{ Id: '777788889999' }] } : { DelegatedAdministrators: [{ Id: '444455556666' }], NextToken: 'next' },
    );

    const loaded = await loadService(scope(), 'configservice', ['delegatedAdministrators']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.delegatedAdministrators.all()).toMatchObject([{ id: '111122223333', region: 'us-east-1', administrators: ['444455556666', '777788889999'] }]);
    const calls = organizations.commandCalls(ListDelegatedAdministratorsCommand);
    expect(calls).toHaveLength(2);
    expect(calls.every((call) => call.args[0].input.ServicePrincipal === 'config.amazonaws.com' && call.args[0].input.MaxResults === 20)).toBe(true);
  });

  it.each(['AccessDeniedException', 'AWSOrganizationsNotInUseException'])('%s means the account cannot tell', async (name) => {
    organizations.on(ListDelegatedAdministratorsCommand).rejects(failure(name));

    const loaded = await loadService(scope(), 'configservice', ['delegatedAdministrators']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.delegatedAdministrators.all()).toMatchObject([{ administrators: null }]);
  });

  it('a throttled listing is unread', async () => {
    organizations.on(ListDelegatedAdministratorsCommand).rejects(failure('TooManyRequestsException'));

    const loaded = await loadService(scope(), 'configservice', ['delegatedAdministrators']);

    expect(() => loaded.delegatedAdministrators.all()).toThrow(/ListDelegatedAdministrators/);
  });
});
