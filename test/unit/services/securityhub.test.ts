import {
  DescribeHubCommand,
  DescribeOrganizationConfigurationCommand,
  GetEnabledStandardsCommand,
  ListEnabledProductsForImportCommand,
  ListOrganizationAdminAccountsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import securityhub from '../../../src/services/securityhub/securityhub.js';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const denied = (name = 'AccessDeniedException') => Object.assign(new Error('denied'), { name });

const HUB = 'arn:aws:securityhub:eu-west-1:111122223333:hub/default';
const regionOf = (getClient: () => SecurityHubClient) => getClient().config.region();

/**
 * moto 5.2.1 has no GetEnabledStandards, ListEnabledProductsForImport or
 * ListOrganizationAdminAccounts, so those are read here from mocked answers.
 */
describe('Security Hub collections', () => {
  const mock = mockClient(SecurityHubClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('reads standards, integrations (its own aside) and organization settings of active hubs only', async () => {
    mock.on(DescribeHubCommand).callsFake(async (_input: unknown, getClient: () => SecurityHubClient) => {
      if ((await regionOf(getClient)) !== 'eu-west-1') throw denied('InvalidAccessException');
      return { HubArn: HUB };
    });
    mock.on(GetEnabledStandardsCommand).resolves({ StandardsSubscriptions: [{ StandardsArn: 'arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0', StandardsSubscriptionArn: 's', StandardsInput: {}, StandardsStatus: 'READY' }] });
    mock.on(ListEnabledProductsForImportCommand).resolves({ ProductSubscriptions: ['arn:aws:securityhub:eu-west-1:111122223333:product-subscription/aws/securityhub', 'arn:aws:securityhub:eu-west-1:111122223333:product-subscription/aws/guardduty'] });
    mock.on(DescribeOrganizationConfigurationCommand).resolves({ AutoEnable: false });
    mock.on(ListOrganizationAdminAccountsCommand).callsFake(async (_input: unknown, getClient: () => SecurityHubClient) =>
      (await regionOf(getClient)) === 'eu-west-1' ? { AdminAccounts: [{ AccountId: '999988887777', Status: 'ENABLED' }] } : { AdminAccounts: [{ Status: 'ENABLED' }] },
    );

    const scan = loader();
    const [hubs, sources, configurations, administrators] = await Promise.all([
      scan.load(securityhub.hubs),
      scan.load(securityhub.hubSources),
      scan.load(securityhub.organizationConfigurations),
      scan.load(securityhub.administrators),
    ]);

    expect(readAll(hubs).map(({ arn, id, region }) => ({ arn, id, region }))).toEqual([
      { arn: HUB, id: 'default', region: 'eu-west-1' },
      { arn: 'arn:aws:securityhub:us-east-1:111122223333:hub/unknown', id: 'hub/unknown', region: 'us-east-1' },
    ]);
    expect(readAll(sources)).toMatchObject([{ arn: HUB, standards: ['aws-foundational-security-best-practices'], integrations: ['guardduty'] }]);
    expect(readAll(configurations)).toMatchObject([{ arn: HUB, autoEnable: false }]);
    // An entry without an account ID leaves the administrator unknown.
    expect(readAll(administrators).map(({ region, state }) => ({ region, state }))).toEqual([
      { region: 'eu-west-1', state: 'enabled' },
      { region: 'us-east-1', state: 'unknown' },
    ]);
    expect(mock.commandCalls(GetEnabledStandardsCommand)).toHaveLength(1);
    expect(mock.commandCalls(GetEnabledStandardsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 100 });
    expect(mock.commandCalls(ListOrganizationAdminAccountsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 10 });
  });

  it('organization reads refused to a member account are "unknown", other failures are failures', async () => {
    mock.on(DescribeHubCommand).callsFake(async (_input: unknown, getClient: () => SecurityHubClient) => ({ HubArn: `arn:aws:securityhub:${await regionOf(getClient)}:111122223333:hub/default` }));
    mock.on(DescribeOrganizationConfigurationCommand).rejects(denied('AccessDeniedException'));
    mock.on(ListOrganizationAdminAccountsCommand).callsFake(async (_input: unknown, getClient: () => SecurityHubClient) => {
      throw denied((await regionOf(getClient)) === 'eu-west-1' ? 'BadRequestException' : 'ThrottlingException');
    });

    const scan = loader();
    const [configurations, administrators] = await Promise.all([scan.load(securityhub.organizationConfigurations), scan.load(securityhub.administrators)]);

    expect(readAll(configurations).map((configuration) => configuration.autoEnable)).toEqual([null, null]);
    expect(administrators.found().map(({ region, state }) => ({ region, state }))).toEqual([{ region: 'eu-west-1', state: 'unknown' }]);
    expect(administrators.listingFailures()).toMatchObject([{ region: 'us-east-1', operation: 'ListOrganizationAdminAccounts' }]);
  });

  it('a DescribeHub failure other than "not subscribed" is a failure, never a hub that is off', async () => {
    mock.on(DescribeHubCommand).rejects(denied());
    const hubs = await loader().load(securityhub.hubs);
    expect(hubs.found()).toEqual([]);
    expect(hubs.listingFailures().map((failure) => failure.operation)).toEqual(['DescribeHub', 'DescribeHub']);
  });
});
