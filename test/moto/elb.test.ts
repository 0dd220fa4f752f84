import {
  AddTagsCommand,
  CreateLoadBalancerCommand,
  CreateLoadBalancerPolicyCommand,
  ElasticLoadBalancingClient,
  ModifyLoadBalancerAttributesCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const arn = (region: string, name: string) => `arn:aws:elasticloadbalancing:${region}:${MOTO_ACCOUNT}:loadbalancer/${name}`;

/** IAM server certificates: moto checks ACM certificates exist, not IAM ones. */
const IAM_CERTIFICATE = `arn:aws:iam::${MOTO_ACCOUNT}:server-certificate/web`;

describe('Classic Load Balancer collections against moto', () => {
  beforeEach(resetMoto);

  it('reads load balancers with their listeners, tags and attributes in every scanned region', async () => {
    const west = new ElasticLoadBalancingClient(seedConfig('eu-west-1'));
    const east = new ElasticLoadBalancingClient(seedConfig('us-east-1'));
    await west.send(
      new CreateLoadBalancerCommand({
        LoadBalancerName: 'web',
        AvailabilityZones: ['eu-west-1a', 'eu-west-1b'],
        Listeners: [
          { Protocol: 'HTTP', LoadBalancerPort: 80, InstancePort: 8080 },
          { Protocol: 'HTTPS', LoadBalancerPort: 443, InstancePort: 8080, SSLCertificateId: IAM_CERTIFICATE },
        ],
        Tags: [{ Key: 'team', Value: 'web' }],
      }),
    );
    await west.send(
      new CreateLoadBalancerPolicyCommand({
        LoadBalancerName: 'web',
        PolicyName: 'tls12',
        PolicyTypeName: 'SSLNegotiationPolicyType',
        PolicyAttributes: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
      }),
    );
    await west.send(new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: 'web', LoadBalancerPort: 443, PolicyNames: ['tls12'] }));
    await west.send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerName: 'web',
        LoadBalancerAttributes: {
          AccessLog: { Enabled: true, S3BucketName: 'elb-logs', EmitInterval: 60 },
          CrossZoneLoadBalancing: { Enabled: true },
          ConnectionDraining: { Enabled: true, Timeout: 300 },
          AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'strictest' }],
        },
      }),
    );
    await east.send(
      new CreateLoadBalancerCommand({
        LoadBalancerName: 'internal-api',
        Scheme: 'internal',
        AvailabilityZones: ['us-east-1a'],
        Listeners: [{ Protocol: 'TCP', LoadBalancerPort: 5432, InstancePort: 5432 }],
      }),
    );

    const elb = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'elb');

    expect(failuresIn(elb)).toEqual([]);
    expect(elb.loadBalancers.all()).toHaveLength(2);
    const web = resourceAt(elb.loadBalancers, arn('eu-west-1', 'web'));
    expect(web.dnsName).toContain('web');
    expect(web).toMatchObject({
      id: 'web',
      name: 'web',
      region: 'eu-west-1',
      tags: { team: 'web' },
      scheme: 'internet-facing',
      availabilityZones: ['eu-west-1a', 'eu-west-1b'],
      listeners: [
        { protocol: 'HTTP', port: 80, policyNames: [], certificateArn: null },
        { protocol: 'HTTPS', port: 443, policyNames: ['tls12'], certificateArn: IAM_CERTIFICATE },
      ],
    });
    expect(readFields(resourceAt(elb.loadBalancerAttributes, arn('eu-west-1', 'web'))).attributes).toEqual({
      accessLogEnabled: true,
      crossZoneLoadBalancingEnabled: true,
      connectionDrainingEnabled: true,
      desyncMitigationMode: 'strictest',
    });
    expect(readFields(resourceAt(elb.loadBalancerAttributes, arn('us-east-1', 'internal-api')))).toMatchObject({
      region: 'us-east-1',
      scheme: 'internal',
      availabilityZones: ['us-east-1a'],
      listeners: [{ protocol: 'TCP', port: 5432 }],
      attributes: { accessLogEnabled: false, crossZoneLoadBalancingEnabled: false, connectionDrainingEnabled: false, desyncMitigationMode: null },
    });
  });

  it('reads the tags of more load balancers than one DescribeTags call takes', async () => {
    const west = new ElasticLoadBalancingClient(seedConfig('eu-west-1'));
    const names = Array.from({ length: 23 }, (_, index) => `lb-${String(index).padStart(2, '0')}`);
    for (const name of names) {
      await west.send(
        new CreateLoadBalancerCommand({ LoadBalancerName: name, AvailabilityZones: ['eu-west-1a'], Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstancePort: 80 }] }),
      );
      await west.send(new AddTagsCommand({ LoadBalancerNames: [name], Tags: [{ Key: 'name', Value: name }] }));
    }

    const elb = await loadService(await motoScope(['eu-west-1']), 'elb', ['loadBalancers']);

    expect(failuresIn(elb)).toEqual([]);
    expect(readAll(elb.loadBalancers).map((balancer) => [balancer.name, balancer.tags.name]).sort()).toEqual(names.map((name) => [name, name]));
  });

  it('an empty account lists no load balancers and no failures', async () => {
    const elb = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'elb');
    expect(elb.loadBalancers.all()).toEqual([]);
    expect(elb.loadBalancerAttributes.all()).toEqual([]);
    expect(failuresIn(elb)).toEqual([]);
  });
});
