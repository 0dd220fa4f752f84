import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

const domainArn = (region: string, name: string) => `arn:aws:es:${region}:${MOTO_ACCOUNT}:domain/${name}`;

const OPEN_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: domainArn('us-east-1', 'legacy') + '/*' }],
};

describe('OpenSearch collections against moto', () => {
  beforeEach(resetMoto);

  it('reads domains with their settings, policies and tags, per region', async () => {
    const west = new OpenSearchClient(seedConfig('eu-west-1'));
    const east = new OpenSearchClient(seedConfig('us-east-1'));
    await west.send(
      new CreateDomainCommand({
        DomainName: 'search',
        EngineVersion: 'OpenSearch_2.11',
        ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true, DedicatedMasterEnabled: true, DedicatedMasterCount: 3 },
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true },
        AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, SAMLOptions: { Enabled: true } },
        CognitoOptions: { Enabled: true, UserPoolId: 'eu-west-1_pool', IdentityPoolId: 'eu-west-1:identity', RoleArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/cognito` },
        LogPublishingOptions: {
          AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:audit` },
          SEARCH_SLOW_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:slow` },
          INDEX_SLOW_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: `arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:slow` },
        },
        TagList: [{ Key: 'team', Value: 'search' }],
      }),
    );
    await east.send(new CreateDomainCommand({ DomainName: 'legacy', EngineVersion: 'Elasticsearch_6.8', AccessPolicies: JSON.stringify(OPEN_POLICY) }));

    const opensearch = await loadService(await motoScope(REGIONS), 'opensearch');

    expect(failuresIn(opensearch)).toEqual([]);
    expect(readFields(resourceAt(opensearch.domains, domainArn('eu-west-1', 'search')))).toEqual({
      arn: domainArn('eu-west-1', 'search'),
      id: 'search',
      name: 'search',
      region: 'eu-west-1',
      tags: { team: 'search' },
      settings: {
        vpcId: null,
        cognitoAuthentication: true,
        samlAuthentication: true,
        encryptionAtRest: true,
        nodeToNodeEncryption: true,
        enforceHttps: true,
        fineGrainedAccessControl: true,
        internalUserDatabase: false,
        updateAvailable: false,
        engineVersion: 'OpenSearch_2.11',
        dataNodeCount: 3,
        zoneAwareness: true,
        dedicatedMasterEnabled: true,
        dedicatedMasterCount: 3,
        enabledLogTypes: ['AUDIT_LOGS', 'SEARCH_SLOW_LOGS'],
      },
      accessPolicy: null,
    });
    const legacy = readFields(resourceAt(opensearch.domains, domainArn('us-east-1', 'legacy')));
    expect(legacy).toMatchObject({
      region: 'us-east-1',
      tags: {},
      settings: { vpcId: null, encryptionAtRest: false, nodeToNodeEncryption: false, fineGrainedAccessControl: false, engineVersion: 'Elasticsearch_6.8' },
    });
    // The policy comes back normalised: single principals and actions become lists.
    expect(legacy.accessPolicy).toMatchObject({ Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['es:*'] }] });
  });

  it('describes more than five domains of a region in batches', async () => {
    const west = new OpenSearchClient(seedConfig('eu-west-1'));
    const names = Array.from({ length: 7 }, (_, index) => `domain-${index}`);
    for (const name of names) await west.send(new CreateDomainCommand({ DomainName: name, EngineVersion: 'OpenSearch_2.11' }));

    const opensearch = await loadService(await motoScope(REGIONS), 'opensearch');

    expect(failuresIn(opensearch)).toEqual([]);
    expect(readAll(opensearch.domains).map((domain) => [domain.name, domain.settings.engineVersion]).sort()).toEqual(names.map((name) => [name, 'OpenSearch_2.11']));
  });
});
