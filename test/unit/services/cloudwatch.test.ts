import { CloudWatchLogsClient, DescribeLogGroupsCommand, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG, type AwsConfig } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import { failureOf } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = (config: Partial<AwsConfig>) => ({
  account: FIXTURE_ACCOUNT,
  clients: new ClientFactory({ credentials, limit: pLimit(4) }),
  config: { ...DEFAULT_AWS_CONFIG, ...config },
});

const logs = mockClient(CloudWatchLogsClient);
afterEach(() => logs.reset());
afterAll(() => logs.restore());

/** Two log groups per region, created at the given times, so that the newest span regions. */
const CREATED: Record<string, [string, number][]> = {
  'eu-west-1': [['west-old', 1], ['west-new', 40]],
  'us-east-1': [['east-old', 2], ['east-new', 30]],
};

// The scan limit is applied across regions, so the loader's selection is tested on mocked listings.
describe('CloudWatch Logs log group limits', () => {
  it.each([
    { name: 'max_cloudwatch_log_groups keeps the newest groups of the account', config: { max_cloudwatch_log_groups: 2 }, kept: ['east-new', 'west-new'] },
    { name: 'the global limit applies when the log group limit is not set', config: { max_scanned_resources_per_service: 3 }, kept: ['east-new', 'east-old', 'west-new'] },
    { name: 'the log group limit wins over the global one', config: { max_cloudwatch_log_groups: 1, max_scanned_resources_per_service: 3 }, kept: ['west-new'] },
    { name: 'no limit (0) keeps every group', config: {}, kept: ['east-new', 'east-old', 'west-new', 'west-old'] },
    { name: '-1 keeps every group', config: { max_cloudwatch_log_groups: -1 }, kept: ['east-new', 'east-old', 'west-new', 'west-old'] },
  ])('$name', async ({ config, kept }) => {
    logs.on(DescribeLogGroupsCommand).callsFake(async (_input, getClient: () => CloudWatchLogsClient) => {
      const region = await getClient().config.region();
      return {
        logGroups: (CREATED[region] ?? []).map(([name, creationTime]) => ({ arn: `arn:aws:logs:${region}:${FIXTURE_ACCOUNT.id}:log-group:${name}:*`, logGroupName: name, creationTime })),
      };
    });

    const cloudwatch = await loadService(scope(config), 'cloudwatch', ['logGroups']);

    expect(cloudwatch.logGroups.all().map((group) => group.id).sort()).toEqual(kept);
    expect(logs.commandCalls(DescribeLogGroupsCommand).every((call) => call.args[0].input.limit === 50)).toBe(true);
  });
});

describe('CloudWatch Logs recent events', () => {
  it('reads one bounded page of events per group; a failed read leaves that group unread, a failed listing its region', async () => {
    logs.on(DescribeLogGroupsCommand).callsFake(async (_input, getClient: () => CloudWatchLogsClient) => {
      const region = await getClient().config.region();
      if (region === 'us-east-1') throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
      return { logGroups: ['open', 'locked'].map((name) => ({ arn: `arn:aws:logs:${region}:${FIXTURE_ACCOUNT.id}:log-group:${name}:*`, logGroupName: name })) };
    });
    logs.on(FilterLogEventsCommand, { logGroupName: 'open' }).resolves({ events: [{ logStreamName: 'web', timestamp: 1, message: 'hello' }] });
    logs.on(FilterLogEventsCommand, { logGroupName: 'locked' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const cloudwatch = await loadService(scope({}), 'cloudwatch', ['logGroupSecrets']);

    expect(() => cloudwatch.logGroupSecrets.all('us-east-1')).toThrow(/DescribeLogGroups/);
    const byName = new Map(cloudwatch.logGroupSecrets.all('eu-west-1').map((group) => [group.id, group]));
    expect(failureOf(byName.get('open')!.secrets)).toBeUndefined();
    expect(failureOf(byName.get('locked')!.secrets)).toMatchObject({ operation: 'FilterLogEvents', region: 'eu-west-1' });
    expect(logs.commandCalls(FilterLogEventsCommand).map((call) => call.args[0].input.limit)).toEqual([1000, 1000]);
  });
});
