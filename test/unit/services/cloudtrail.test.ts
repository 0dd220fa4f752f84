import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  LookupEventsCommand,
  type LookupEventsCommandInput,
} from '@aws-sdk/client-cloudtrail';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG, type AwsConfig } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import cloudtrail from '../../../src/services/cloudtrail/cloudtrail.js';
import type { KmsEventPage } from '../../../src/services/cloudtrail/enclave-events.js';
import type { ApiCaller } from '../../../src/services/cloudtrail/threat-events.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });

const SEARCHES: Partial<AwsConfig> = {
  threat_detection_enumeration_actions: ['ListUsers', 'GetUserPolicy'],
  threat_detection_privilege_escalation_actions: ['GetUserPolicy', 'CreateRole'],
  threat_detection_llm_jacking_actions: ['InvokeModel'],
};

const loader = (config: Partial<AwsConfig> = SEARCHES) =>
  new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(8) }), config: { ...DEFAULT_AWS_CONFIG, ...config } });

const callersIn = (map: ResourceMap<AwsResource>) => readAll(map as ResourceMap<ApiCaller>);

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BOB_SESSION = 'arn:aws:sts::111122223333:assumed-role/deployer/bob';

function trailDescription(name: string, multiRegion: boolean) {
  return {
    Name: name,
    TrailARN: `arn:aws:cloudtrail:us-east-1:111122223333:trail/${name}`,
    HomeRegion: 'us-east-1',
    IsMultiRegionTrail: multiRegion,
    LogFileValidationEnabled: true,
    S3BucketName: 'logs',
  };
}

/** A LookupEvents page of one call per caller ARN, plus one by an AWS service, which carries no ARN. */
function page(...callerArns: string[]) {
  const recorded = (userIdentity: object) => ({ CloudTrailEvent: JSON.stringify({ userIdentity }) });
  return {
    Events: [
      ...callerArns.map((arn) => recorded({ arn, type: arn.includes(':assumed-role/') ? 'AssumedRole' : 'IAMUser' })),
      recorded({ type: 'AWSService', invokedBy: 'config.amazonaws.com' }),
    ],
  };
}

const eventName = (input: LookupEventsCommandInput) => input.LookupAttributes?.[0]?.AttributeValue;

/** moto 5.2.1 has no LookupEvents, so the threat-detection searches are read here from mocked answers. */
describe('CloudTrail event searches', () => {
  const cloudtrailMock = mockClient(CloudTrailClient);
  beforeEach(() => {
    cloudtrailMock.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrailMock.on(GetEventSelectorsCommand).resolves({});
    cloudtrailMock.on(ListTagsCommand).resolves({ ResourceTagList: [] });
  });
  afterEach(() => cloudtrailMock.reset());
  afterAll(() => cloudtrailMock.restore());

  it('searches once per action, shared by the checks that search it, in the region a multi-region trail was read from', async () => {
    cloudtrailMock.on(DescribeTrailsCommand).resolves({ trailList: [trailDescription('org', true)] });
    cloudtrailMock
      .on(LookupEventsCommand)
      .callsFake((input: LookupEventsCommandInput) => (eventName(input) === 'GetUserPolicy' ? page(ALICE, BOB_SESSION) : page(ALICE)));

    const scan = loader();
    const [enumeration, escalation] = await Promise.all([scan.load(cloudtrail.enumerationCallers), scan.load(cloudtrail.privilegeEscalationCallers)]);

    expect(callersIn(enumeration)).toEqual([
      { arn: ALICE, id: 'alice', region: 'us-east-1', tags: {}, identityType: 'IAMUser', actions: ['ListUsers', 'GetUserPolicy'] },
      { arn: BOB_SESSION, id: 'bob', region: 'us-east-1', tags: {}, identityType: 'AssumedRole', actions: ['GetUserPolicy'] },
    ]);
    expect(callersIn(escalation).map((caller) => [caller.id, caller.actions])).toEqual([
      ['alice', ['GetUserPolicy', 'CreateRole']],
      ['bob', ['GetUserPolicy']],
    ]);
    const searched = cloudtrailMock.commandCalls(LookupEventsCommand).map((call) => call.args[0].input);
    // Three distinct actions across both checks, in one region only: the multi-region trail's.
    expect(searched.map(eventName).sort()).toEqual(['CreateRole', 'GetUserPolicy', 'ListUsers']);
    const windowMinutes = (Date.now() - searched[0]!.StartTime!.getTime()) / 60_000;
    expect(windowMinutes).toBeGreaterThanOrEqual(1440);
    expect(windowMinutes).toBeLessThan(1441);
  });

  it('spaces the searches of a region at most two a second', async () => {
    cloudtrailMock.on(DescribeTrailsCommand).resolves({ trailList: [trailDescription('org', true)] });
    const sentAt: number[] = [];
    cloudtrailMock.on(LookupEventsCommand).callsFake(() => {
      sentAt.push(Date.now());
      return page();
    });

    await loader({ threat_detection_enumeration_actions: ['ListUsers', 'ListRoles', 'ListBuckets'] }).load(cloudtrail.enumerationCallers);

    expect(sentAt).toHaveLength(3);
    for (let index = 1; index < sentAt.length; index += 1) expect(sentAt[index]! - sentAt[index - 1]!).toBeGreaterThanOrEqual(490);
  });

  it('searches every scanned region when no trail is multi-region', async () => {
    cloudtrailMock.on(DescribeTrailsCommand).resolves({ trailList: [trailDescription('local', false)] });
    cloudtrailMock.on(LookupEventsCommand).resolves(page(ALICE));

    const callers = await loader().load(cloudtrail.llmJackingCallers);

    expect(callersIn(callers).map((caller) => [caller.id, caller.actions])).toEqual([['alice', ['InvokeModel']]]);
    expect(cloudtrailMock.commandCalls(LookupEventsCommand)).toHaveLength(FIXTURE_ACCOUNT.regions.length);
  });

  it('a throttled search is a failed search in its region, never an empty one', async () => {
    cloudtrailMock.on(DescribeTrailsCommand).resolves({ trailList: [trailDescription('org', true)] });
    cloudtrailMock.on(LookupEventsCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: {} }));

    const callers = await new CollectionLoader({
      account: FIXTURE_ACCOUNT,
      clients: new ClientFactory({ credentials, limit: pLimit(8), maxAttempts: 1 }),
      config: { ...DEFAULT_AWS_CONFIG, ...SEARCHES },
    }).load(cloudtrail.llmJackingCallers);

    expect(callers.listingFailures()).toMatchObject([{ service: 'cloudtrail', region: 'us-east-1', operation: 'LookupEvents' }]);
    expect(() => callers.all()).toThrow(/LookupEvents failed in us-east-1/);
  });

  it('without a multi-region trail, a region whose trails could not be listed fails the search', async () => {
    cloudtrailMock
      .on(DescribeTrailsCommand)
      .resolvesOnce({ trailList: [] })
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: {} }));

    const callers = await loader().load(cloudtrail.enumerationCallers);

    expect(callers.listingFailures()).toMatchObject([{ operation: 'DescribeTrails' }]);
    expect(cloudtrailMock.commandCalls(LookupEventsCommand)).toHaveLength(0);
  });
});

/** A CloudTrail event as LookupEvents answers it: an enclave's call of `keyArn` when `moduleId` is given. */
function kmsEvent(eventName: string, keyArn: string | null, moduleId?: string) {
  const recipient = moduleId ? { attestationDocumentModuleId: moduleId, attestationDocumentEnclaveImageDigest: 'A'.repeat(64), attestationDocumentEnclavePCR1: 7 } : undefined;
  return {
    EventTime: new Date('2026-01-10T08:00:00Z'),
    Resources: keyArn ? [{ ResourceType: 'AWS::KMS::Key', ResourceName: keyArn }] : [],
    CloudTrailEvent: JSON.stringify({ eventName, userIdentity: { type: 'AssumedRole', arn: BOB_SESSION }, ...(recipient ? { additionalEventData: { recipient } } : {}) }),
  };
}

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/k1';
const enclavePages = (map: ResourceMap<AwsResource>) => readAll(map as ResourceMap<KmsEventPage>);

/** moto 5.2.1 has no LookupEvents, so the enclave KMS searches are read here from mocked answers. */
describe('CloudTrail enclave KMS searches', () => {
  // Made once the searches above have restored theirs: one mock of a client class works at a time.
  let cloudtrailMock: AwsClientStub<CloudTrailClient>;
  beforeAll(() => {
    cloudtrailMock = mockClient(CloudTrailClient);
  });
  afterEach(() => cloudtrailMock.reset());
  afterAll(() => cloudtrailMock.restore());

  it('searches each KMS event name in every region once for both checks, keeping enclave calls that name their key', async () => {
    cloudtrailMock.on(LookupEventsCommand).callsFake((input: LookupEventsCommandInput) =>
      eventName(input) === 'Decrypt'
        ? { Events: [kmsEvent('Decrypt', KEY_ARN), kmsEvent('Decrypt', KEY_ARN, 'i-0abc-enc0123'), kmsEvent('Decrypt', null, 'i-0abc-enc0123')], NextToken: 'more' }
        : { Events: [] },
    );

    const scan = loader({ enclave_golden_pcr_values: { PCR0: ['a'.repeat(96)] } });
    const [debug, unknownImage] = await Promise.all([scan.load(cloudtrail.enclaveDebugKmsEvents), scan.load(cloudtrail.enclaveUnknownImageKmsEvents)]);

    const expected = FIXTURE_ACCOUNT.regions.map((region) => ({
      arn: `arn:aws:cloudtrail:${region}:111122223333:lookup-events/Decrypt`,
      id: 'Decrypt',
      region,
      tags: {},
      eventName: 'Decrypt',
      answer: {
        eventCount: 3,
        truncated: true,
        enclaveCalls: [{ position: 1, eventName: 'Decrypt', eventTime: '2026-01-10T08:00:00.000Z', keyArn: KEY_ARN, measurements: { PCR0: 'A'.repeat(64) } }],
      },
    }));
    expect(enclavePages(debug)).toEqual(expected);
    expect(enclavePages(unknownImage)).toEqual(expected);
    const searched = cloudtrailMock.commandCalls(LookupEventsCommand).map((call) => call.args[0].input);
    expect(searched).toHaveLength(5 * FIXTURE_ACCOUNT.regions.length);
    const windowHours = (Date.now() - searched[0]!.StartTime!.getTime()) / 3_600_000;
    expect(windowHours).toBeGreaterThanOrEqual(2160);
    expect(windowHours).toBeLessThan(2160.01);
  }, 15_000);

  it('sends no search once the events counted reach the cap, as Prowler stops there', async () => {
    cloudtrailMock.on(LookupEventsCommand).resolves({ Events: [kmsEvent('Decrypt', KEY_ARN), kmsEvent('Decrypt', KEY_ARN)] });

    const pages = await loader({ enclave_debug_max_events: 3 }).load(cloudtrail.enclaveDebugKmsEvents);

    // The first page is sure to be needed; the second is sent since 2 < 3; after it 4 >= 3.
    expect(cloudtrailMock.commandCalls(LookupEventsCommand).map((call) => eventName(call.args[0].input))).toEqual(['Decrypt', 'DeriveSharedSecret']);
    expect(enclavePages(pages).map((page) => [page.region, page.eventName])).toEqual([
      ['eu-west-1', 'Decrypt'],
      ['eu-west-1', 'DeriveSharedSecret'],
    ]);
  });

  it('searches nothing for unknown images while no golden PCR list is configured', async () => {
    const pages = await loader().load(cloudtrail.enclaveUnknownImageKmsEvents);

    expect(pages.found()).toEqual([]);
    expect(cloudtrailMock.commandCalls(LookupEventsCommand)).toHaveLength(0);
  });

  it('a failed search is kept as an unread page, never an empty one', async () => {
    cloudtrailMock.on(LookupEventsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: {} }));

    const pages = await loader().load(cloudtrail.enclaveDebugKmsEvents);

    expect(pages.found()).toHaveLength(5 * FIXTURE_ACCOUNT.regions.length);
    expect(pages.failures[0]).toMatchObject({ operation: 'LookupEvents', resourceArn: 'arn:aws:cloudtrail:eu-west-1:111122223333:lookup-events/Decrypt' });
    expect(pages.listingFailures()).toEqual([]);
  });
});
