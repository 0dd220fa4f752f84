import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand, ListTagsForResourceCommand, type DistributionSummary } from '@aws-sdk/client-cloudfront';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import cloudfront, { originBucketName } from '../../../src/services/cloudfront/cloudfront.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import { failureOf, type ResourceMap } from '../../../src/services/resource-map.js';
import type { DistributionWithConfig, DistributionWithOriginBuckets } from '../../../src/services/cloudfront/cloudfront.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll, readFields } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arnOf = (id: string) => `arn:aws:cloudfront::${FIXTURE_ACCOUNT.id}:distribution/${id}`;

/** A summary as AWS returns it: complete, so nothing else needs reading. */
function summary(id: string, origins: { Id: string; DomainName: string; s3?: boolean }[]): DistributionSummary {
  return {
    Id: id,
    ARN: arnOf(id),
    Status: 'Deployed',
    LastModifiedTime: new Date(0),
    DomainName: `${id.toLowerCase()}.cloudfront.net`,
    Aliases: { Quantity: 0 },
    Origins: {
      Quantity: origins.length,
      Items: origins.map(({ Id, DomainName, s3 }) =>
        s3
          ? { Id, DomainName, S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: 'E2OAC' }
          : { Id, DomainName, CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'match-viewer', OriginSslProtocols: { Quantity: 2, Items: ['TLSv1.1', 'TLSv1.2'] } } },
      ),
    },
    OriginGroups: { Quantity: 1, Items: [{ Id: 'group', FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [503] } }, Members: { Quantity: 1, Items: [{ OriginId: origins[0]!.Id }] } }] },
    DefaultCacheBehavior: { TargetOriginId: origins[0]!.Id, ViewerProtocolPolicy: 'redirect-to-https', FieldLevelEncryptionId: '', RealtimeLogConfigArn: 'arn:aws:cloudfront::111122223333:realtime-log-config/rt' },
    CacheBehaviors: { Quantity: 0 },
    CustomErrorResponses: { Quantity: 0 },
    Comment: '',
    PriceClass: 'PriceClass_All',
    Enabled: true,
    ViewerCertificate: { CloudFrontDefaultCertificate: false, ACMCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/c', Certificate: 'arn:aws:acm:us-east-1:111122223333:certificate/c', SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
    Restrictions: { GeoRestriction: { RestrictionType: 'blacklist', Quantity: 1, Items: ['KP'] } },
    WebACLId: '',
    HttpVersion: 'http2',
    IsIPV6Enabled: true,
    Staging: false,
  };
}

/** An error as the SDK raises it for an HTTP status without a body (HeadBucket's). */
function httpError(status: number, name: string): Error {
  return Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
}

describe('CloudFront collections on AWS-shaped answers', () => {
  const cloudfrontMock = mockClient(CloudFrontClient);
  const s3Mock = mockClient(S3Client);
  afterEach(() => {
    cloudfrontMock.reset();
    s3Mock.reset();
  });
  afterAll(() => {
    cloudfrontMock.restore();
    s3Mock.restore();
  });

  it('takes everything but logging and the root object from the summaries, without reading configurations', async () => {
    cloudfrontMock.on(ListDistributionsCommand).resolves({ DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: 1, Items: [summary('E1', [{ Id: 'web', DomainName: 'web.example.com' }])] } });
    cloudfrontMock.on(ListTagsForResourceCommand).resolves({ Tags: { Items: [{ Key: 'env', Value: 'prod' }] } });

    const distributions = await new CollectionLoader(scope()).load(cloudfront.distributions);

    expect(distributions.failures).toEqual([]);
    expect(readAll(distributions)).toEqual([
      {
        arn: arnOf('E1'),
        id: 'E1',
        region: 'us-east-1',
        tags: { env: 'prod' },
        origins: [{ id: 'web', domainName: 'web.example.com', s3: false, protocolPolicy: 'match-viewer', sslProtocols: ['TLSv1.1', 'TLSv1.2'], originAccessControlId: '' }],
        originGroupSizes: [1],
        usesDefaultCertificate: false,
        certificate: 'arn:aws:acm:us-east-1:111122223333:certificate/c',
        sslSupportMethod: 'sni-only',
        minimumProtocolVersion: 'TLSv1.2_2021',
        viewerProtocolPolicy: 'redirect-to-https',
        fieldLevelEncryptionId: '',
        realtimeLogConfigArn: 'arn:aws:cloudfront::111122223333:realtime-log-config/rt',
        geoRestrictionType: 'blacklist',
        webAclId: '',
      },
    ]);
    expect(cloudfrontMock.commandCalls(GetDistributionConfigCommand)).toHaveLength(0);
    expect(cloudfrontMock.commandCalls(ListDistributionsCommand)[0]!.args[0].input).toMatchObject({ MaxItems: 100 });
  });

  it('reads each distribution configuration once for logging and the default root object', async () => {
    cloudfrontMock.on(ListDistributionsCommand).resolves({ DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: 2, Items: [summary('E1', [{ Id: 'web', DomainName: 'web.example.com' }]), summary('E2', [{ Id: 'web', DomainName: 'web.example.com' }])] } });
    cloudfrontMock.on(ListTagsForResourceCommand).resolves({ Tags: { Items: [] } });
    cloudfrontMock.on(GetDistributionConfigCommand, { Id: 'E1' }).resolves({ DistributionConfig: { ...summary('E1', [{ Id: 'web', DomainName: 'web.example.com' }]), CallerReference: 'r', Logging: { Enabled: true, IncludeCookies: false, Bucket: 'logs', Prefix: '' }, DefaultRootObject: 'index.html' } });
    cloudfrontMock.on(GetDistributionConfigCommand, { Id: 'E2' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));

    const configs = (await new CollectionLoader(scope()).load(cloudfront.distributionConfigs)) as ResourceMap<DistributionWithConfig>;
    const [first, second] = ['E1', 'E2'].map((id) => configs.all().find((distribution) => distribution.id === id)!);

    expect(configs.listingFailures()).toEqual([]);
    expect(readFields(first!)).toMatchObject({ loggingEnabled: true, defaultRootObject: 'index.html' });
    expect(failureOf(second!.loggingEnabled)).toMatchObject({ operation: 'GetDistributionConfig', resourceArn: arnOf('E2') });
    expect(cloudfrontMock.commandCalls(GetDistributionConfigCommand)).toHaveLength(2);
  });

  it('asks S3 once per origin bucket whether it exists, and only 404 means it does not', async () => {
    const origins = [
      { Id: 'gone', DomainName: 'gone-bucket.s3.us-east-1.amazonaws.com', s3: true },
      { Id: 'theirs', DomainName: 'theirs.s3.amazonaws.com', s3: true },
      { Id: 'moved', DomainName: 'moved.s3.eu-west-1.amazonaws.com', s3: true },
      { Id: 'custom', DomainName: 'gone-bucket.s3-website-us-east-1.amazonaws.com' },
    ];
    cloudfrontMock.on(ListDistributionsCommand).resolves({ DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: 2, Items: [summary('E1', origins), summary('E2', origins.slice(0, 1))] } });
    cloudfrontMock.on(ListTagsForResourceCommand).resolves({ Tags: { Items: [] } });
    s3Mock.on(HeadBucketCommand, { Bucket: 'gone-bucket' }).rejects(httpError(404, 'NotFound'));
    s3Mock.on(HeadBucketCommand, { Bucket: 'theirs' }).rejects(httpError(403, 'Forbidden'));
    s3Mock.on(HeadBucketCommand, { Bucket: 'moved' }).rejects(httpError(301, 'MovedPermanently'));

    const buckets = (await new CollectionLoader(scope()).load(cloudfront.s3OriginBuckets)) as ResourceMap<DistributionWithOriginBuckets>;

    expect(readAll(buckets).map(({ id, missingOriginBuckets }) => ({ id, missingOriginBuckets }))).toEqual([
      { id: 'E1', missingOriginBuckets: ['gone-bucket'] },
      { id: 'E2', missingOriginBuckets: ['gone-bucket'] },
    ]);
    expect(s3Mock.commandCalls(HeadBucketCommand).map((call) => call.args[0].input.Bucket).sort()).toEqual(['gone-bucket', 'moved', 'theirs']);
  });

  it('a HeadBucket that gets no answer from S3 leaves the distribution unread', async () => {
    cloudfrontMock.on(ListDistributionsCommand).resolves({ DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: 1, Items: [summary('E1', [{ Id: 'site', DomainName: 'site.s3.amazonaws.com', s3: true }])] } });
    cloudfrontMock.on(ListTagsForResourceCommand).resolves({ Tags: { Items: [] } });
    s3Mock.on(HeadBucketCommand).rejects(httpError(503, 'SlowDown'));

    const buckets = (await new CollectionLoader(scope()).load(cloudfront.s3OriginBuckets)) as ResourceMap<DistributionWithOriginBuckets>;

    expect(failureOf(buckets.all()[0]!.missingOriginBuckets)).toMatchObject({ operation: 'HeadBucket', region: 'us-east-1', resourceArn: arnOf('E1') });
  });

  it('a denied listing fails every collection built on it', async () => {
    cloudfrontMock.on(ListDistributionsCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }));

    const loader = new CollectionLoader(scope());
    const [distributions, configs] = await Promise.all([loader.load(cloudfront.distributions), loader.load(cloudfront.distributionConfigs)]);

    for (const map of [distributions, configs]) expect(map.listingFailures()).toMatchObject([{ operation: 'ListDistributions', region: 'us-east-1' }]);
  });

  it.each([
    ['site.s3.amazonaws.com', 'site'],
    ['my.dotted.bucket.s3.eu-west-1.amazonaws.com', 'my.dotted.bucket'],
    ['site.s3-accesspoint.us-east-1.amazonaws.com', 'site'],
  ])('the bucket of origin %s is %s', (domain, bucket) => {
    expect(originBucketName(domain)).toBe(bucket);
  });
});
