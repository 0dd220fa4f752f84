import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * Macie's session for the account in one region, reported as Prowler reports it: under
 * `arn:…:macie:<region>:<account>:session` with the account ID as its ID.
 */
export interface MacieSession extends AwsResource {
  /** ENABLED or PAUSED, or DISABLED where Macie was never turned on. */
  status: string;
}

export interface MacieDiscovery extends MacieSession {
  /** Whether automated sensitive data discovery is ENABLED or DISABLED. */
  automatedDiscoveryStatus: Field<string>;
}

const SessionSchema = z.object({ status: z.string() });
const DiscoverySchema = z.object({ status: z.string().nullish() });

/** How AWS answers GetMacieSession where Macie is off: a denial saying so, which Prowler takes for DISABLED. */
const isMacieOff = (error: unknown) => error instanceof Error && error.message.includes('Macie is not enabled');

/** One GetMacieSession per region. */
const sessions = defineCollection<MacieSession>({
  service: 'macie',
  name: 'sessions',
  scope: 'regional',
  async load(context) {
    await context.read('GetMacieSession', async () => {
      let status = 'DISABLED';
      try {
        status = parse(SessionSchema, await context.client(Macie2Client).send(new GetMacieSessionCommand({})), 'Macie session').status;
      } catch (error) {
        if (!isMacieOff(error)) throw error;
      }
      context.resources.add({ arn: context.arn('macie', 'session'), id: context.account.id, region: context.region, tags: {}, status });
    });
  },
});

/** One GetAutomatedDiscoveryConfiguration per region where Macie is enabled, for the check that asks. */
const automatedDiscovery = perListedResource<MacieDiscovery, MacieSession>({
  service: 'macie',
  name: 'automatedDiscovery',
  scope: 'regional',
  listed: sessions,
  operation: 'GetMacieSession',
  selects: (session) => session.status === 'ENABLED',
  async read(context, session) {
    const automatedDiscoveryStatus = await context.field('GetAutomatedDiscoveryConfiguration', session.arn, async () => {
      const response = await context.client(Macie2Client).send(new GetAutomatedDiscoveryConfigurationCommand({}));
      return parse(DiscoverySchema, response, 'Macie automated discovery').status ?? 'DISABLED';
    });
    return { ...session, automatedDiscoveryStatus };
  },
});

export default { sessions, automatedDiscovery };
