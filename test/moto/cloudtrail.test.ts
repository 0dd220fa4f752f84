import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
} from '@aws-sdk/client-cloudtrail';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateBucketCommand, S3Client, type BucketLocationConstraint } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { failureOf, need } from '../../src/services/resource-map.js';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

async function createBucket(name: string, region: string): Promise<void> {
  const s3 = new S3Client(seedConfig(region));
  await s3.send(
    new CreateBucketCommand({
      Bucket: name,
      CreateBucketConfiguration: region === 'us-east-1' ? undefined : { LocationConstraint: region as BucketLocationConstraint },
    }),
  );
}

describe('CloudTrail collections against moto', () => {
  beforeEach(resetMoto);

  it('reads each trail once, from its home region, with status, selectors and tags', async () => {
    await createBucket('org-trail-logs', 'us-east-1');
    await createBucket('local-trail-logs', 'eu-west-1');
    const key = await new KMSClient(seedConfig('us-east-1')).send(new CreateKeyCommand({}));
    const east = new CloudTrailClient(seedConfig('us-east-1'));
    const west = new CloudTrailClient(seedConfig('eu-west-1'));

    const org = await east.send(
      new CreateTrailCommand({
        Name: 'org-trail',
        S3BucketName: 'org-trail-logs',
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
        KmsKeyId: key.KeyMetadata!.Arn,
        TagsList: [{ Key: 'team', Value: 'security' }],
      }),
    );
    await east.send(new StartLoggingCommand({ Name: 'org-trail' }));
    await east.send(
      new PutEventSelectorsCommand({
        TrailName: 'org-trail',
        EventSelectors: [
          { ReadWriteType: 'ReadOnly', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] },
        ],
      }),
    );
    const local = await west.send(new CreateTrailCommand({ Name: 'local-trail', S3BucketName: 'local-trail-logs' }));
    await west.send(
      new PutEventSelectorsCommand({
        TrailName: 'local-trail',
        AdvancedEventSelectors: [
          {
            Name: 'objects',
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
            ],
          },
        ],
      }),
    );

    const scope = await motoScope(['eu-west-1', 'us-east-1']);
    const cloudtrail = await loadService(scope, 'cloudtrail', ['trails']);

    expect(failuresIn(cloudtrail)).toEqual([]);
    expect(cloudtrail.trails.all()).toHaveLength(2);
    expect(readFields(resourceAt(cloudtrail.trails, org.TrailARN!))).toEqual({
      arn: `arn:aws:cloudtrail:us-east-1:${MOTO_ACCOUNT}:trail/org-trail`,
      id: 'org-trail',
      name: 'org-trail',
      region: 'us-east-1',
      tags: { team: 'security' },
      multiRegion: true,
      logFileValidationEnabled: true,
      s3BucketName: 'org-trail-logs',
      kmsKeyId: key.KeyMetadata!.Arn,
      cloudWatchLogsLogGroupArn: null,
      readRegion: 'us-east-1',
      isLogging: true,
      latestCloudWatchLogsDelivery: null,
      statusReadAt: expect.any(Date) as Date,
      eventSelectors: {
        classic: [{ readWriteType: 'ReadOnly', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
        advanced: [],
      },
    });
    expect(readFields(resourceAt(cloudtrail.trails, local.TrailARN!))).toMatchObject({
      id: 'local-trail',
      region: 'eu-west-1',
      tags: {},
      multiRegion: false,
      logFileValidationEnabled: false,
      s3BucketName: 'local-trail-logs',
      kmsKeyId: null,
      readRegion: 'eu-west-1',
      isLogging: false,
      eventSelectors: {
        classic: [],
        advanced: [
          {
            name: 'objects',
            fieldSelectors: [
              { field: 'eventCategory', equals: ['Data'], conditions: { equals: ['Data'] } },
              { field: 'resources.type', equals: ['AWS::S3::Object'], conditions: { equals: ['AWS::S3::Object'] } },
            ],
          },
        ],
      },
    });
    // The multi-region trail is listed in both regions but its details are read once.
    const calls = Object.fromEntries([...scope.clients.calls].filter(([operation]) => operation.startsWith('CloudTrail:')));
    expect(calls).toEqual({
      'CloudTrail:DescribeTrails': 2,
      'CloudTrail:GetTrailStatus': 2,
      'CloudTrail:GetEventSelectors': 2,
      'CloudTrail:ListTags': 2,
    });
  });

  it('knows a multi-region trail homed in a region the scan does not cover', async () => {
    await createBucket('far-trail-logs', 'us-west-2');
    const far = new CloudTrailClient(seedConfig('us-west-2'));
    const trail = await far.send(new CreateTrailCommand({ Name: 'far-trail', S3BucketName: 'far-trail-logs', IsMultiRegionTrail: true }));
    await far.send(new StartLoggingCommand({ Name: 'far-trail' }));

    const cloudtrail = await loadService(await motoScope(['eu-west-1']), 'cloudtrail', ['trails']);

    const farTrail = resourceAt(cloudtrail.trails, trail.TrailARN!);
    expect(farTrail).toMatchObject({ region: 'us-west-2', multiRegion: true, tags: {} });
    expect(need(farTrail.isLogging)).toBe(true);
    // AWS answers GetEventSelectors for a shadow trail's ARN in any region; moto 5.2.1 only in the
    // trail's home region, so here the selectors stay unread and the failure is recorded.
    expect(failuresIn(cloudtrail).map((failure) => [failure.operation, failure.region, failure.resourceArn])).toEqual([
      ['GetEventSelectors', 'eu-west-1', trail.TrailARN],
    ]);
    expect(failureOf(farTrail.eventSelectors)).toMatchObject({
      operation: 'GetEventSelectors',
      region: 'eu-west-1',
      resourceArn: trail.TrailARN,
    });
  });

  it('an account without trails lists none and records no failures', async () => {
    const cloudtrail = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'cloudtrail', ['trails', 'trailInsights']);
    expect(cloudtrail.trails.all()).toEqual([]);
    expect(cloudtrail.trailInsights.all()).toEqual([]);
    expect(failuresIn(cloudtrail)).toEqual([]);
  });

  it('reads insight selectors of the logging trails only, each from the region it was read in', async () => {
    await createBucket('east-logs', 'us-east-1');
    await createBucket('west-logs', 'eu-west-1');
    const east = new CloudTrailClient(seedConfig('us-east-1'));
    const west = new CloudTrailClient(seedConfig('eu-west-1'));
    const watched = await east.send(new CreateTrailCommand({ Name: 'watched', S3BucketName: 'east-logs' }));
    await east.send(new StartLoggingCommand({ Name: 'watched' }));
    await east.send(new PutInsightSelectorsCommand({ TrailName: 'watched', InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }] }));
    const plain = await west.send(new CreateTrailCommand({ Name: 'plain', S3BucketName: 'west-logs' }));
    await west.send(new StartLoggingCommand({ Name: 'plain' }));
    await west.send(new CreateTrailCommand({ Name: 'stopped', S3BucketName: 'west-logs' }));

    const scope = await motoScope(['eu-west-1', 'us-east-1']);
    const cloudtrail = await loadService(scope, 'cloudtrail', ['trailInsights']);

    expect(failuresIn(cloudtrail)).toEqual([]);
    expect(cloudtrail.trailInsights.all().map((insights) => [insights.id, insights.region, need(insights.firstInsightType)]).sort()).toEqual([
      ['plain', 'eu-west-1', null],
      ['watched', 'us-east-1', 'ApiCallRateInsight'],
    ]);
    expect(resourceAt(cloudtrail.trailInsights, watched.TrailARN!).arn).toBe(watched.TrailARN);
    expect(resourceAt(cloudtrail.trailInsights, plain.TrailARN!).region).toBe('eu-west-1');
    expect(scope.clients.calls.get('CloudTrail:GetInsightSelectors')).toBe(2);
  });

  it('records LookupEvents, which moto 5.2.1 does not offer, as a failed search in every searched region', async () => {
    // No multi-region trail: every scanned region's events are searched.
    const scope = { ...(await motoScope(['eu-west-1', 'us-east-1'])), config: { ...DEFAULT_AWS_CONFIG, threat_detection_enumeration_actions: ['ListUsers'] } };
    const cloudtrail = await loadService(scope, 'cloudtrail', ['enumerationCallers']);

    expect(failuresIn(cloudtrail).map((failure) => [failure.operation, failure.region]).sort()).toEqual([
      ['LookupEvents', 'eu-west-1'],
      ['LookupEvents', 'us-east-1'],
    ]);
    expect(() => cloudtrail.enumerationCallers.all()).toThrow(/LookupEvents/);
  });
});
