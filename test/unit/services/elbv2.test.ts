import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { failureOf } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const regionOf = (getClient: () => ElasticLoadBalancingV2Client) => getClient().config.region();
const awsError = (name: string) => Object.assign(new Error(name), { name });

const arnOf = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:${FIXTURE_ACCOUNT.id}:loadbalancer/app/${name}/0123456789abcdef`;
const described = (name: string) => ({ LoadBalancerArn: arnOf(name), LoadBalancerName: name, Type: 'application', Scheme: 'internal', AvailabilityZones: [] });

// moto answers every call these collections make; these cases are the failures it cannot stage.
describe('ELBv2 collections when calls fail', () => {
  const elbv2 = mockClient(ElasticLoadBalancingV2Client);
  afterEach(() => elbv2.reset());
  afterAll(() => elbv2.restore());

  /** Load balancers in eu-west-1 only. */
  const listing = (names: string[]) =>
    elbv2.on(DescribeLoadBalancersCommand).callsFake(async (_input, getClient: () => ElasticLoadBalancingV2Client) => ({
      LoadBalancers: (await regionOf(getClient)) === 'eu-west-1' ? names.map(described) : [],
    }));

  it('asks for tags twenty load balancers at a time; a failed batch leaves only its own tags empty', async () => {
    const names = Array.from({ length: 45 }, (_, index) => `lb-${index}`);
    listing(names);
    elbv2.on(DescribeTagsCommand).callsFake((input: { ResourceArns: string[] }) => {
      if (input.ResourceArns.includes(arnOf('lb-44'))) throw awsError('AccessDenied');
      return { TagDescriptions: input.ResourceArns.map((arn) => ({ ResourceArn: arn, Tags: [{ Key: 'owner', Value: 'web' }] })) };
    });

    const { loadBalancers } = await loadService(scope(), 'elbv2', ['loadBalancers']);

    expect(elbv2.commandCalls(DescribeLoadBalancersCommand).every((call) => call.args[0].input.PageSize === 400)).toBe(true);
    expect(elbv2.commandCalls(DescribeTagsCommand).map((call) => call.args[0].input.ResourceArns?.length)).toEqual([20, 20, 5]);
    expect(loadBalancers.all()).toHaveLength(45);
    expect(resourceAt(loadBalancers, arnOf('lb-0')).tags).toEqual({ owner: 'web' });
    expect(resourceAt(loadBalancers, arnOf('lb-40')).tags).toEqual({});
    expect(loadBalancers.failures.map((failure) => failure.operation)).toEqual(Array(5).fill('DescribeTags'));
  });

  it('leaves unread only the load balancer whose call failed; one deleted meanwhile has no listeners or attributes', async () => {
    listing(['web', 'gone', 'denied']);
    elbv2.on(DescribeTagsCommand).resolves({ TagDescriptions: [] });
    elbv2.on(DescribeListenersCommand).callsFake((input: { LoadBalancerArn: string }) => {
      if (input.LoadBalancerArn === arnOf('gone')) throw awsError('LoadBalancerNotFoundException');
      if (input.LoadBalancerArn === arnOf('denied')) throw awsError('AccessDenied');
      return {
        Listeners: [
          { ListenerArn: 'listener/http', Port: 80, Protocol: 'HTTP' },
          { ListenerArn: 'listener/https', Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
        ],
      };
    });
    elbv2.on(DescribeRulesCommand).resolves({ Rules: [{ RuleArn: 'rule/default', Actions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }] }] });
    elbv2.on(DescribeLoadBalancerAttributesCommand).callsFake((input: { LoadBalancerArn: string }) => {
      if (input.LoadBalancerArn === arnOf('gone')) throw awsError('LoadBalancerNotFoundException');
      return { Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] };
    });

    const loaded = await loadService(scope(), 'elbv2', ['loadBalancerAttributes', 'listeners', 'httpListeners']);

    expect(readFields(resourceAt(loaded.listeners, arnOf('web'))).listeners.map((listener) => listener.protocol)).toEqual(['HTTP', 'HTTPS']);
    expect(readFields(resourceAt(loaded.listeners, arnOf('gone'))).listeners).toEqual([]);
    expect(failureOf(resourceAt(loaded.listeners, arnOf('denied')).listeners)).toMatchObject({ operation: 'DescribeListeners', region: 'eu-west-1', resourceArn: arnOf('denied') });
    // Rules are read for the HTTP listener alone; a load balancer whose listeners are unread has unread HTTP listeners.
    expect(elbv2.commandCalls(DescribeRulesCommand).map((call) => call.args[0].input)).toEqual([{ ListenerArn: 'listener/http', PageSize: 400 }]);
    expect(readFields(resourceAt(loaded.httpListeners, arnOf('web'))).httpListeners).toMatchObject([{ port: 80, rules: [{ actions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] }] }]);
    expect(failureOf(resourceAt(loaded.httpListeners, arnOf('denied')).httpListeners)).toMatchObject({ operation: 'DescribeListeners' });
    expect(readFields(resourceAt(loaded.loadBalancerAttributes, arnOf('web'))).attributes).toMatchObject({ deletionProtectionEnabled: true, accessLogsEnabled: null });
    expect(readFields(resourceAt(loaded.loadBalancerAttributes, arnOf('gone'))).attributes).toMatchObject({ deletionProtectionEnabled: null });
  });

  it('a region whose load balancers could not be listed fails every per-load-balancer collection there', async () => {
    elbv2.on(DescribeLoadBalancersCommand).callsFake(async (_input, getClient: () => ElasticLoadBalancingV2Client) => {
      if ((await regionOf(getClient)) === 'us-east-1') throw awsError('AccessDenied');
      return { LoadBalancers: [] };
    });

    const loaded = await loadService(scope(), 'elbv2', ['loadBalancerAttributes', 'listeners', 'httpListeners']);

    for (const collection of Object.values(loaded)) {
      expect(() => collection.all('us-east-1')).toThrow(/DescribeLoadBalancers failed in us-east-1/);
      expect(collection.all('eu-west-1')).toEqual([]);
    }
    expect(elbv2.commandCalls(DescribeListenersCommand)).toEqual([]);
  });
});
