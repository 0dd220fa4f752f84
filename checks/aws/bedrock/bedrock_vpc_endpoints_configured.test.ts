import { testCheck } from '../../../test/helpers/check-cases.js';
import { agent, guardrail, invocationLogging, loggingTo } from '../../../test/helpers/fixtures/bedrock.js';
import { endpoint, vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './bedrock_vpc_endpoints_configured.js';

const BEDROCK_APIS = ['bedrock', 'bedrock-runtime', 'bedrock-agent', 'bedrock-agent-runtime', 'bedrock-mantle'];
const bedrockEndpoints = (vpcId: string, region = 'eu-west-1', apis = BEDROCK_APIS) =>
  apis.map((api) => endpoint(`vpce-${vpcId}-${api}`, { vpcId, region, serviceName: `com.amazonaws.${region}.${api}` }));

testCheck(check, [
  { name: 'no VPCs', expect: [] },
  {
    name: 'in a region where invocations are logged, a VPC with every Bedrock endpoint passes and one missing some fails',
    given: ({ vpc: network, bedrock }) => {
      bedrock.loggingConfigurations.add(loggingTo({ s3Bucket: 'logs' }));
      network.vpcs.add(vpc('vpc-1'));
      network.vpcs.add(vpc('vpc-2'));
      for (const made of bedrockEndpoints('vpc-1')) network.endpoints.add(made);
      for (const made of bedrockEndpoints('vpc-2', 'eu-west-1', ['bedrock', 'bedrock-runtime'])) network.endpoints.add(made);
    },
    expect: [
      { status: 'PASS', resource: 'vpc-1' },
      { status: 'FAIL', resource: 'vpc-2', detail: 'Bedrock Agents control plane, Bedrock Agents runtime, Bedrock OpenAI-compatible API (Mantle)' },
    ],
  },
  {
    name: 'an endpoint that is not available does not count',
    given: ({ vpc: network, bedrock }) => {
      bedrock.guardrails.add(guardrail('g1'));
      network.vpcs.add(vpc('vpc-1'));
      for (const made of bedrockEndpoints('vpc-1')) network.endpoints.add({ ...made, state: made.serviceName.endsWith('.bedrock') ? 'pending' : 'available' });
    },
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'Bedrock control plane' }],
  },
  {
    name: 'a guardrail or an agent makes the region count; a region without Bedrock use or an unused VPC is skipped',
    given: ({ vpc: network, bedrock }) => {
      bedrock.agents.add(agent('A1', { region: 'us-east-1' }));
      bedrock.loggingConfigurations.add(invocationLogging());
      network.vpcs.add(vpc('vpc-1'));
      network.vpcs.add(vpc('vpc-2', { region: 'us-east-1' }));
      network.vpcs.add(vpc('vpc-3', { region: 'us-east-1', inUse: false }));
    },
    expect: [{ status: 'FAIL', resource: 'vpc-2', region: 'us-east-1' }],
  },
  {
    name: 'unused VPCs are judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ vpc: network, bedrock }) => {
      bedrock.guardrails.add(guardrail('g1'));
      network.vpcs.add(vpc('vpc-1', { inUse: false }));
    },
    expect: [{ status: 'FAIL', resource: 'vpc-1' }],
  },
  {
    name: 'Bedrock use proven by one list holds when another could not be read; otherwise the VPC is an error',
    given: ({ vpc: network, bedrock }) => {
      bedrock.guardrails.add(guardrail('g1'));
      bedrock.agents.fail({ region: 'eu-west-1', operation: 'ListAgents', message: 'AccessDeniedException: denied' });
      bedrock.guardrails.fail({ region: 'us-east-1', operation: 'ListGuardrails', message: 'AccessDeniedException: denied' });
      network.vpcs.add(vpc('vpc-1'));
      network.vpcs.add(vpc('vpc-2', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'FAIL', resource: 'vpc-1', region: 'eu-west-1' },
      { status: 'ERROR', resource: 'vpc-2', region: 'us-east-1', detail: 'ListGuardrails' },
    ],
  },
  {
    name: 'a region whose VPCs could not be listed is an error there',
    given: ({ vpc: network }) => network.vpcs.fail({ region: 'us-east-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcs', region: 'us-east-1' }],
  },
]);
