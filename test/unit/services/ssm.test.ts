import { DescribeInstanceInformationCommand, ListResourceComplianceSummariesCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const regionOf = (getClient: () => SSMClient) => getClient().config.region();

const ssm = mockClient(SSMClient);
afterEach(() => ssm.reset());
afterAll(() => ssm.restore());

// moto 5.2.1 has no DescribeInstanceInformation.
describe('Systems Manager managed instances', () => {
  it('lists every page at the largest page size, EC2 instances under their instance ARN, hybrid machines under theirs', async () => {
    ssm.on(DescribeInstanceInformationCommand).callsFake(async (input: { NextToken?: string }, getClient: () => SSMClient) => {
      if ((await regionOf(getClient)) !== 'eu-west-1') return { InstanceInformationList: [] };
      return input.NextToken
        ? { InstanceInformationList: [{ InstanceId: 'mi-0123456789abcdef0', PingStatus: 'ConnectionLost', ResourceType: 'ManagedInstance', PlatformType: 'Linux' }] }
        : { InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online', ResourceType: 'EC2Instance', PlatformType: 'Windows' }], NextToken: 'page-2' };
    });

    const loaded = await loadService(scope(), 'ssm', ['managedInstances']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(ssm.commandCalls(DescribeInstanceInformationCommand).every((call) => call.args[0].input.MaxResults === 50)).toBe(true);
    const account = FIXTURE_ACCOUNT.id;
    expect(loaded.managedInstances.all().sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { arn: `arn:aws:ec2:eu-west-1:${account}:instance/i-1`, id: 'i-1', region: 'eu-west-1', tags: {}, pingStatus: 'Online', resourceType: 'EC2Instance', platformType: 'Windows' },
      {
        arn: `arn:aws:ssm:eu-west-1:${account}:managed-instance/mi-0123456789abcdef0`,
        id: 'mi-0123456789abcdef0',
        region: 'eu-west-1',
        tags: {},
        pingStatus: 'ConnectionLost',
        resourceType: 'ManagedInstance',
        platformType: 'Linux',
      },
    ]);
  });

  it('a denied listing fails only its region', async () => {
    ssm.on(DescribeInstanceInformationCommand).callsFake(async (_input, getClient: () => SSMClient) => {
      if ((await regionOf(getClient)) === 'us-east-1') throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
      return { InstanceInformationList: [] };
    });

    const loaded = await loadService(scope(), 'ssm', ['managedInstances']);

    expect(() => loaded.managedInstances.all('us-east-1')).toThrow(/DescribeInstanceInformation/);
    expect(loaded.managedInstances.all('eu-west-1')).toEqual([]);
  });
});

// moto 5.2.1 has no ListResourceComplianceSummaries.
describe('Systems Manager compliance summaries', () => {
  it('lists every page at the largest page size, each resource under its EC2 instance ARN', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).callsFake(async (input: { NextToken?: string }, getClient: () => SSMClient) => {
      if ((await regionOf(getClient)) !== 'eu-west-1') return { ResourceComplianceSummaryItems: [] };
      return input.NextToken
        ? { ResourceComplianceSummaryItems: [{ ResourceId: 'i-2', ResourceType: 'ManagedInstance', Status: 'NON_COMPLIANT' }] }
        : { ResourceComplianceSummaryItems: [{ ResourceId: 'i-1', ResourceType: 'ManagedInstance', Status: 'COMPLIANT' }], NextToken: 'page-2' };
    });

    const loaded = await loadService(scope(), 'ssm', ['complianceResources']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(ssm.commandCalls(ListResourceComplianceSummariesCommand).every((call) => call.args[0].input.MaxResults === 50)).toBe(true);
    const account = FIXTURE_ACCOUNT.id;
    expect(loaded.complianceResources.all().sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { arn: `arn:aws:ec2:eu-west-1:${account}:instance/i-1`, id: 'i-1', region: 'eu-west-1', tags: {}, status: 'COMPLIANT' },
      { arn: `arn:aws:ec2:eu-west-1:${account}:instance/i-2`, id: 'i-2', region: 'eu-west-1', tags: {}, status: 'NON_COMPLIANT' },
    ]);
  });

  it('a denied listing fails only its region', async () => {
    ssm.on(ListResourceComplianceSummariesCommand).callsFake(async (_input, getClient: () => SSMClient) => {
      if ((await regionOf(getClient)) === 'us-east-1') throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
      return { ResourceComplianceSummaryItems: [] };
    });

    const loaded = await loadService(scope(), 'ssm', ['complianceResources']);

    expect(() => loaded.complianceResources.all('us-east-1')).toThrow(/ListResourceComplianceSummaries/);
    expect(loaded.complianceResources.all('eu-west-1')).toEqual([]);
  });
});
