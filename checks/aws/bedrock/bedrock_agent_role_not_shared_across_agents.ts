import { defineCheck, fail, firstWhere, manual, need, pass } from '../../../src/checks/check.js';
import type { BedrockAgentDeployedRoles, BedrockAgentRole } from '../../../src/services/bedrock/bedrock.js';

export default defineCheck({
  id: 'bedrock_agent_role_not_shared_across_agents',
  uses: { bedrock: ['agentRoles', 'agentDeployedRoles'] },
  run({ bedrock }, report) {
    const deployedByAgent = new Map(bedrock.agentDeployedRoles.found().map((agent) => [agent.arn, agent]));
    const deployedOf = (agent: BedrockAgentRole): BedrockAgentDeployedRoles | undefined => {
      bedrock.agentDeployedRoles.ensureListed(agent.region);
      return deployedByAgent.get(agent.arn);
    };
    /** The roles of the versions the agent's aliases invoke. */
    const versionRolesOf = (agent: BedrockAgentRole): string[] => {
      const deployed = deployedOf(agent);
      return deployed ? Object.values(need(deployed.deployedRoles).byVersion).filter((role) => role !== null) : [];
    };
    /** Whether the agent can run as one of `roles`: its draft's role is looked at first, so that it alone can prove it. */
    const runsAsAny = (agent: BedrockAgentRole, roles: ReadonlySet<string>): boolean => {
      const draft = need(agent.roleArn);
      return (draft !== null && roles.has(draft)) || versionRolesOf(agent).some((role) => roles.has(role));
    };
    // Roles are account-wide, so agents of every region are compared; sharing found among the
    // agents that were read holds whatever else could not be.
    const everyAgent = bedrock.agentRoles.found();

    report.each(bedrock.agentRoles, (agent) => {
      const name = `Bedrock agent ${agent.name}`;
      if (need(agent.roleArn) === null) return manual(`${name} names no execution role: confirm by hand that it shares none.`);
      const own = new Set([need(agent.roleArn), ...versionRolesOf(agent)].filter((role) => role !== null));
      const sharer = firstWhere(
        everyAgent.filter((other) => other.arn !== agent.arn),
        (other) => runsAsAny(other, own),
      );
      if (sharer) {
        const theirDraft = need(sharer.roleArn);
        const role = theirDraft !== null && own.has(theirDraft) ? theirDraft : versionRolesOf(sharer).find((candidate) => own.has(candidate));
        return fail(`${name} shares execution role ${role} with agent ${sharer.name} (${sharer.region}): each holds the other's permissions and CloudTrail cannot tell them apart.`);
      }
      // Dedication is shown only when every region's agents were listed and every agent's roles are settled.
      bedrock.agentRoles.ensureListed();
      bedrock.agentDeployedRoles.ensureListed();
      const unsettled = everyAgent.filter((other) => {
        const deployed = deployedOf(other);
        return need(other.roleArn) === null || (deployed !== undefined && !need(deployed.deployedRoles).complete);
      });
      if (unsettled.length > 0) {
        return manual(`${name} shares its execution role with no agent whose roles are known, but the roles of ${unsettled.map((other) => other.name).join(', ')} are not settled: confirm by hand.`);
      }
      return pass(`${name} has an execution role of its own.`);
    });
  },
});
