import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';

/** The Bedrock APIs a VPC needs an endpoint for, by the last part of the endpoint's service name. */
const BEDROCK_APIS: Readonly<Record<string, string>> = {
  bedrock: 'Bedrock control plane',
  'bedrock-runtime': 'Bedrock runtime',
  'bedrock-agent': 'Bedrock Agents control plane',
  'bedrock-agent-runtime': 'Bedrock Agents runtime',
  'bedrock-mantle': 'Bedrock OpenAI-compatible API (Mantle)',
};

export default defineCheck({
  id: 'bedrock_vpc_endpoints_configured',
  uses: { vpc: ['vpcs', 'endpoints'], bedrock: ['loggingConfigurations', 'guardrails', 'agents'] },
  run({ vpc: network, bedrock, options }, report) {
    /** Whether Bedrock is in use in a region: invocations logged, a guardrail or an agent there. */
    const bedrockUsedIn = (region: string): boolean => {
      const inRegion = (resource: { region: string }) => resource.region === region;
      const seen =
        bedrock.loggingConfigurations.found().some((logging) => inRegion(logging) && logging.enabled) ||
        bedrock.guardrails.found().some(inRegion) ||
        bedrock.agents.found().some(inRegion);
      if (seen) return true;
      // Only lists read in full prove that Bedrock is unused.
      bedrock.loggingConfigurations.ensureListed(region);
      bedrock.guardrails.ensureListed(region);
      bedrock.agents.ensureListed(region);
      return false;
    };
    report.each(network.vpcs, (vpc) => {
      if (!options.scanUnusedServices && !need(vpc.inUse)) return notApplicable('no network interface uses it');
      if (!bedrockUsedIn(vpc.region)) return notApplicable('Bedrock is not used in its region');
      const endpoints = network.endpoints.all(vpc.region).filter((endpoint) => endpoint.vpcId === vpc.id && endpoint.state === 'available');
      const missing = Object.entries(BEDROCK_APIS)
        .filter(([api]) => !endpoints.some((endpoint) => endpoint.serviceName.endsWith(`.${api}`)))
        .map(([, label]) => label);
      if (missing.length > 0) return fail(`VPC ${vpc.id} has no endpoint for: ${missing.join(', ')}.`);
      return pass(`VPC ${vpc.id} has endpoints for every Bedrock API.`);
    });
  },
});
