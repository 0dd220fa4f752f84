import { DescribeStateMachineCommand, SFNClient, paginateListStateMachines } from '@aws-sdk/client-sfn';
import { z } from 'zod';
import { detectSecrets, type DetectedSecret } from '../../secrets/detect.js';
import { defineCollection, parse, unlessAbsent } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { need, secret, type AwsResource, type Field } from '../resource-map.js';

/** ListStateMachines returns at most 1000 state machines a page. */
const STATE_MACHINES_PAGE_SIZE = 1000;

/** A Step Functions state machine; `id` and `name` are its name, as Prowler reports it. */
export interface StateMachine extends AwsResource {
  name: string;
  configuration: Field<StateMachineConfiguration>;
}

export interface StateMachineConfiguration {
  /** The Amazon States Language definition, a `secret`; null when AWS returns none. */
  definition: Field<string> | null;
  /** The logging level (ALL, ERROR, FATAL, OFF); null when the machine has no logging configuration. */
  loggingLevel: string | null;
  /** AWS_OWNED_KEY or CUSTOMER_MANAGED_KMS_KEY; null when the machine has no encryption configuration. */
  encryptionType: string | null;
}

/** The outcome of scanning a definition for secrets: what was found, or why it could not be scanned. */
export type DefinitionScan = { scanned: true; secrets: DetectedSecret[] } | { scanned: false; reason: string };

/** A state machine with its definition scanned for secrets; null when it has no definition. */
export interface StateMachineSecrets extends StateMachine {
  definitionScan: Field<DefinitionScan | null>;
}

const ListedSchema = z.object({ stateMachineArn: z.string(), name: z.string() });

const DescriptionSchema = z.object({
  definition: z.string().nullish(),
  loggingConfiguration: z.object({ level: z.string().nullish() }).nullish(),
  encryptionConfiguration: z.object({ type: z.string().nullish() }).nullish(),
});

/**
 * Every state machine of the region, each described by DescribeStateMachine: every Step Functions
 * check judges what only the description holds, so the listing carries it. A machine deleted
 * between the listing and its description is left out.
 */
const stateMachines = defineCollection<StateMachine>({
  service: 'stepfunctions',
  name: 'stateMachines',
  scope: 'regional',
  async load(context) {
    const client = context.client(SFNClient);
    const pages = paginateListStateMachines({ client, pageSize: STATE_MACHINES_PAGE_SIZE }, {});
    const listed = await context.items('ListStateMachines', pages, (page) => page.stateMachines, ListedSchema, 'state machine');
    const described = await readEach(listed, async ({ stateMachineArn: arn, name }) => {
      let deleted = false;
      const configuration = await context.field('DescribeStateMachine', arn, async () => {
        const response = await unlessAbsent(client.send(new DescribeStateMachineCommand({ stateMachineArn: arn })), 'StateMachineDoesNotExist');
        deleted = response === null;
        const description = parse(DescriptionSchema, response ?? {}, 'state machine description');
        return {
          definition: description.definition ? secret(description.definition) : null,
          loggingLevel: description.loggingConfiguration?.level ?? null,
          encryptionType: description.encryptionConfiguration?.type ?? null,
        };
      });
      return deleted ? null : { arn, id: name, name, region: context.region, tags: {}, configuration };
    });
    for (const machine of described) if (machine) context.resources.add(machine);
  },
});

/** Each definition scanned for secrets; no AWS call beyond the described listing. */
const stateMachineSecrets = perListedResource<StateMachineSecrets, StateMachine>({
  service: 'stepfunctions',
  name: 'stateMachineSecrets',
  scope: 'regional',
  listed: stateMachines,
  operation: 'ListStateMachines',
  async read(context, machine) {
    const ignorePatterns = context.config.secrets_ignore_patterns;
    // An undescribed machine fails here with its DescribeStateMachine error.
    const definitionScan = await context.field('DescribeStateMachine', machine.arn, async () => {
      const { definition } = need(machine.configuration);
      return definition ? scanDefinition(need(definition), ignorePatterns) : null;
    });
    return { ...machine, definitionScan };
  },
});

export default { stateMachines, stateMachineSecrets };

/** Scans the definition as AWS returns it; a failed scan is kept apart from "nothing found". */
async function scanDefinition(definition: string, ignorePatterns: readonly string[]): Promise<DefinitionScan> {
  try {
    return { scanned: true, secrets: await detectSecrets(definition, ignorePatterns) };
  } catch (error) {
    return { scanned: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
