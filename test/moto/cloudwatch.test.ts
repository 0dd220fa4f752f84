import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  PutMetricFilterCommand,
  PutResourcePolicyCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
// Split so that this file itself holds no access key ID.
const LEAKED_KEY = ['AKIA', 'Q3WZ7RT5YU8IO2PN'].join('');

describe('CloudWatch collections against moto', () => {
  beforeEach(resetMoto);

  it('reads metric alarms in every scanned region', async () => {
    const west = new CloudWatchClient(seedConfig('eu-west-1'));
    const east = new CloudWatchClient(seedConfig('us-east-1'));
    const alarm = { MetricName: 'RootUsage', Namespace: 'CIS', Statistic: 'Sum' as const, Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' as const };
    await west.send(new PutMetricAlarmCommand({ ...alarm, AlarmName: 'root', AlarmActions: [`arn:aws:sns:eu-west-1:${MOTO_ACCOUNT}:alerts`] }));
    await east.send(new PutMetricAlarmCommand({ ...alarm, AlarmName: 'quiet', ActionsEnabled: false }));

    const cloudwatch = await loadService(await motoScope(REGIONS), 'cloudwatch', ['alarms']);

    expect(failuresIn(cloudwatch)).toEqual([]);
    expect(readFields(resourceAt(cloudwatch.alarms, `arn:aws:cloudwatch:eu-west-1:${MOTO_ACCOUNT}:alarm:root`))).toMatchObject({
      id: 'root',
      region: 'eu-west-1',
      metricName: 'RootUsage',
      alarmActions: [`arn:aws:sns:eu-west-1:${MOTO_ACCOUNT}:alerts`],
      actionsEnabled: true,
    });
    expect(readFields(resourceAt(cloudwatch.alarms, `arn:aws:cloudwatch:us-east-1:${MOTO_ACCOUNT}:alarm:quiet`))).toMatchObject({ region: 'us-east-1', alarmActions: [], actionsEnabled: false });
  });

  it('reads log groups, metric filters and resource policies in every scanned region', async () => {
    const west = new CloudWatchLogsClient(seedConfig('eu-west-1'));
    const east = new CloudWatchLogsClient(seedConfig('us-east-1'));
    await west.send(new CreateLogGroupCommand({ logGroupName: 'trail-logs', kmsKeyId: `arn:aws:kms:eu-west-1:${MOTO_ACCOUNT}:key/k` }));
    await west.send(new PutRetentionPolicyCommand({ logGroupName: 'trail-logs', retentionInDays: 400 }));
    await east.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await west.send(
      new PutMetricFilterCommand({
        logGroupName: 'trail-logs',
        filterName: 'root-usage',
        filterPattern: '{ $.userIdentity.type = "Root" }',
        metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS', metricValue: '1' }],
      }),
    );
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'route53.amazonaws.com' }, Action: 'logs:PutLogEvents', Resource: '*' }] };
    await east.send(new PutResourcePolicyCommand({ policyName: 'route53', policyDocument: JSON.stringify(policy) }));

    const cloudwatch = await loadService(await motoScope(REGIONS), 'cloudwatch', ['logGroups', 'metricFilters', 'logResourcePolicies']);

    expect(failuresIn(cloudwatch)).toEqual([]);
    expect(readFields(resourceAt(cloudwatch.logGroups, `arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:trail-logs:*`))).toMatchObject({
      id: 'trail-logs',
      region: 'eu-west-1',
      retentionDays: 400,
      kmsKeyId: `arn:aws:kms:eu-west-1:${MOTO_ACCOUNT}:key/k`,
    });
    expect(readFields(resourceAt(cloudwatch.logGroups, `arn:aws:logs:us-east-1:${MOTO_ACCOUNT}:log-group:app:*`))).toMatchObject({ region: 'us-east-1', retentionDays: null, kmsKeyId: null });
    expect(cloudwatch.metricFilters.all()).toEqual([
      expect.objectContaining({ id: 'root-usage', region: 'eu-west-1', logGroupName: 'trail-logs', metricName: 'RootUsage', pattern: '{ $.userIdentity.type = "Root" }' }),
    ]);
    expect(cloudwatch.logResourcePolicies.all('us-east-1').map(({ id, policy }) => ({ id, resources: policy.Statement.map((statement) => statement.Resource) }))).toEqual([
      { id: 'route53', resources: [['*']] },
    ]);
    expect(cloudwatch.logResourcePolicies.all('eu-west-1')).toEqual([]);
  });

  it('scans the recent events of each log group for secrets, stream by stream', async () => {
    const west = new CloudWatchLogsClient(seedConfig('eu-west-1'));
    const east = new CloudWatchLogsClient(seedConfig('us-east-1'));
    for (const [client, group] of [[west, 'leaky'], [east, 'clean']] as const) {
      await client.send(new CreateLogGroupCommand({ logGroupName: group }));
      await client.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'web' }));
    }
    const now = Date.now();
    await west.send(new PutLogEventsCommand({ logGroupName: 'leaky', logStreamName: 'web', logEvents: [{ timestamp: now, message: 'starting' }, { timestamp: now + 1, message: `key=${LEAKED_KEY}` }] }));
    await east.send(new PutLogEventsCommand({ logGroupName: 'clean', logStreamName: 'web', logEvents: [{ timestamp: now, message: 'all good' }] }));

    const cloudwatch = await loadService(await motoScope(REGIONS), 'cloudwatch', ['logGroupSecrets']);

    expect(failuresIn(cloudwatch)).toEqual([]);
    expect(readFields(resourceAt(cloudwatch.logGroupSecrets, `arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:leaky:*`)).secrets).toEqual([
      { logStream: 'web', timestamp: now + 1, kind: 'AWS access key' },
    ]);
    expect(readFields(resourceAt(cloudwatch.logGroupSecrets, `arn:aws:logs:us-east-1:${MOTO_ACCOUNT}:log-group:clean:*`)).secrets).toEqual([]);
  });

  it('an empty account lists nothing and fails nothing', async () => {
    const cloudwatch = await loadService(await motoScope(REGIONS), 'cloudwatch');
    expect(failuresIn(cloudwatch)).toEqual([]);
    expect([...cloudwatch.alarms.all(), ...cloudwatch.logGroups.all(), ...cloudwatch.metricFilters.all(), ...cloudwatch.logGroupSecrets.all()]).toEqual([]);
  });
});
