import { CloudFrontClient, CreateDistributionWithTagsCommand, type DistributionConfig } from '@aws-sdk/client-cloudfront';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

/** The parts of a distribution configuration every seeded distribution shares. */
function config(reference: string, overrides: Partial<DistributionConfig>): DistributionConfig {
  return {
    CallerReference: reference,
    Comment: reference,
    Enabled: true,
    Origins: {
      Quantity: 1,
      Items: [
        {
          Id: 'api',
          DomainName: 'api.example.com',
          CustomOriginConfig: {
            HTTPPort: 80,
            HTTPSPort: 443,
            OriginProtocolPolicy: 'https-only',
            OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] },
          },
        },
      ],
    },
    DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only', MinTTL: 0, ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } } },
    ...overrides,
  };
}

describe('CloudFront collections against moto', () => {
  beforeEach(resetMoto);

  it('reads every distribution once, in the global region, with its configuration and tags', async () => {
    const cloudfront = new CloudFrontClient(seedConfig('us-east-1'));
    const careful = await cloudfront.send(
      new CreateDistributionWithTagsCommand({
        DistributionConfigWithTags: {
          DistributionConfig: config('careful', {
            DefaultRootObject: 'index.html',
            Logging: { Enabled: true, IncludeCookies: false, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cdn/' },
            WebACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1a2b',
            Restrictions: { GeoRestriction: { RestrictionType: 'whitelist', Quantity: 1, Items: ['GB'] } },
          }),
          Tags: { Items: [{ Key: 'team', Value: 'web' }] },
        },
      }),
    );
    const careless = await cloudfront.send(
      new CreateDistributionWithTagsCommand({
        DistributionConfigWithTags: {
          DistributionConfig: config('careless', {
            DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: 'allow-all', MinTTL: 0, ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } } },
          }),
          Tags: { Items: [] },
        },
      }),
    );
    const scope = await motoScope(REGIONS);

    const loaded = await loadService(scope, 'cloudfront', ['distributions', 'distributionConfigs']);

    expect(failuresIn(loaded)).toEqual([]);
    const byId = new Map(readAll(loaded.distributionConfigs).map((distribution) => [distribution.id, distribution]));
    expect(byId.get(careful.Distribution!.Id!)).toMatchObject({
      arn: careful.Distribution!.ARN,
      region: 'us-east-1',
      tags: { team: 'web' },
      viewerProtocolPolicy: 'https-only',
      usesDefaultCertificate: true,
      geoRestrictionType: 'whitelist',
      webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1a2b',
      origins: [{ id: 'api', domainName: 'api.example.com', s3: false, protocolPolicy: 'https-only', sslProtocols: ['TLSv1.2'], originAccessControlId: '' }],
      loggingEnabled: true,
      defaultRootObject: 'index.html',
    });
    expect(byId.get(careless.Distribution!.Id!)).toMatchObject({
      region: 'us-east-1',
      tags: {},
      viewerProtocolPolicy: 'allow-all',
      geoRestrictionType: 'none',
      webAclId: '',
      loggingEnabled: false,
      defaultRootObject: '',
    });
    expect(loaded.distributions.all()).toHaveLength(2);
    // moto summarises distributions without their configuration, so the listing reads each one;
    // the configurations collection then reuses those answers instead of asking again.
    expect(scope.clients.calls.get('CloudFront:GetDistributionConfig')).toBe(2);
    expect(scope.clients.calls.get('CloudFront:ListDistributions')).toBe(1);
  });

  it('an account without distributions has none, and no failures', async () => {
    const loaded = await loadService(await motoScope(REGIONS), 'cloudfront');

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.distributions.all()).toEqual([]);
    expect(loaded.s3OriginBuckets.all()).toEqual([]);
  });
});
