import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { agentDeployedRoles, agentRole, roleArn } from '../../../test/helpers/fixtures/bedrock.js';
import check from './bedrock_agent_role_not_shared_across_agents.js';

testCheck(check, [
  { name: 'no agents', expect: [] },
  {
    name: 'agents with roles of their own pass',
    given: ({ bedrock }) => {
      bedrock.agentRoles.add(agentRole('A1', roleArn('one')));
      bedrock.agentRoles.add(agentRole('A2', roleArn('two'), { region: 'us-east-1' }));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A1', { byVersion: { '1': roleArn('one') }, complete: true }));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A2', undefined, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'A1', region: 'eu-west-1' },
      { status: 'PASS', resource: 'A2', region: 'us-east-1' },
    ],
  },
  {
    name: 'agents sharing a draft role fail, across regions too',
    given: ({ bedrock }) => {
      bedrock.agentRoles.add(agentRole('A1', roleArn('shared')));
      bedrock.agentRoles.add(agentRole('A2', roleArn('shared'), { region: 'us-east-1' }));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A1'));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A2', undefined, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'FAIL', resource: 'A1', detail: 'A2-name' },
      { status: 'FAIL', resource: 'A2', detail: 'A1-name' },
    ],
  },
  {
    name: 'a role shared through a deployed version fails both agents',
    given: ({ bedrock }) => {
      bedrock.agentRoles.add(agentRole('A1', roleArn('one')));
      bedrock.agentRoles.add(agentRole('A2', roleArn('two')));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A1', { byVersion: { '3': roleArn('two') }, complete: true }));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A2'));
    },
    expect: [
      { status: 'FAIL', resource: 'A1', detail: 'role/two' },
      { status: 'FAIL', resource: 'A2', detail: 'role/two' },
    ],
  },
  {
    name: 'an alias still being set up, or an agent without a role, leaves the others to manual review',
    given: ({ bedrock }) => {
      bedrock.agentRoles.add(agentRole('A1', roleArn('one')));
      bedrock.agentRoles.add(agentRole('A2', roleArn('two')));
      bedrock.agentRoles.add(agentRole('A3', null));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A1'));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A2', { byVersion: {}, complete: false }));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A3'));
    },
    expect: [
      { status: 'MANUAL', resource: 'A1', detail: 'A2-name, A3-name' },
      { status: 'MANUAL', resource: 'A2' },
      { status: 'MANUAL', resource: 'A3', detail: 'names no execution role' },
    ],
  },
  {
    name: "unread roles of another agent make dedication an error, but a shared draft role still fails",
    given: ({ bedrock }) => {
      bedrock.agentRoles.add(agentRole('A1', roleArn('one')));
      bedrock.agentRoles.add(agentRole('A2', roleArn('shared')));
      bedrock.agentRoles.add(agentRole('A3', roleArn('shared')));
      bedrock.agentRoles.add(agentRole('A4', unreadBy('bedrock', 'GetAgent')));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A1'));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A2'));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A3', unreadBy('bedrock', 'ListAgentAliases')));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A4'));
    },
    expect: [
      { status: 'ERROR', resource: 'A1', detail: 'ListAgentAliases' },
      { status: 'FAIL', resource: 'A2', detail: 'A3-name' },
      { status: 'ERROR', resource: 'A3', detail: 'ListAgentAliases' },
      { status: 'ERROR', resource: 'A4', detail: 'GetAgent' },
    ],
  },
  {
    name: 'a region whose agents could not be listed is an error there, and keeps other agents from passing',
    given: ({ bedrock }) => {
      bedrock.agentRoles.add(agentRole('A1', roleArn('one')));
      bedrock.agentDeployedRoles.add(agentDeployedRoles('A1'));
      bedrock.agentRoles.fail({ region: 'us-east-1', operation: 'ListAgents', message: 'AccessDeniedException: denied' });
      bedrock.agentDeployedRoles.fail({ region: 'us-east-1', operation: 'ListAgents', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'bedrock:ListAgents', region: 'us-east-1' },
      { status: 'ERROR', resource: 'A1', detail: 'ListAgents' },
    ],
  },
]);
