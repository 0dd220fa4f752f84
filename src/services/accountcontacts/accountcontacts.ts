import { AccountClient, GetAlternateContactCommand, GetContactInformationCommand, type AlternateContactType } from '@aws-sdk/client-account';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent, type LoadContext } from '../collection.js';
import type { AwsResource, Field } from '../resource-map.js';

/** One of the account's contacts, each detail undefined when AWS holds none. */
export interface Contact {
  name?: string;
  phoneNumber?: string;
  email?: string;
}

/**
 * The account's contacts, one per account, under the account's root ARN (as Prowler reports
 * account-wide findings). An alternate contact the account never set is null.
 */
export interface AccountContacts extends AwsResource {
  primary: Field<Contact>;
  billing: Field<Contact | null>;
  security: Field<Contact | null>;
  operations: Field<Contact | null>;
}

const PrimaryContactSchema = z.object({
  ContactInformation: z.object({ FullName: z.string().nullish(), PhoneNumber: z.string().nullish() }),
});

const AlternateContactSchema = z.object({
  AlternateContact: z.object({ Name: z.string().nullish(), PhoneNumber: z.string().nullish(), EmailAddress: z.string().nullish() }),
});

/** Keeps only the details AWS returned. */
function contact(details: Record<keyof Contact, string | null | undefined>): Contact {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => typeof value === 'string'));
}

function alternateContact(context: LoadContext<AccountContacts>, client: AccountClient, arn: string, type: AlternateContactType): Promise<Field<Contact | null>> {
  return context.field(`GetAlternateContact(${type})`, arn, async () => {
    const response = await unlessAbsent(client.send(new GetAlternateContactCommand({ AlternateContactType: type })), 'ResourceNotFoundException');
    if (!response) return null;
    const { AlternateContact: found } = parse(AlternateContactSchema, response, `${type.toLowerCase()} contact`);
    return contact({ name: found.Name, phoneNumber: found.PhoneNumber, email: found.EmailAddress });
  });
}

/**
 * Four calls per scan, at the Account API's global endpoint: the primary contact and each
 * alternate contact. (The service is not called "account": checks receive the scanned account
 * under that name.)
 */
const contacts = defineCollection<AccountContacts>({
  service: 'accountcontacts',
  name: 'contacts',
  scope: 'global',
  async load(context) {
    const client = context.client(AccountClient);
    const arn = `arn:${context.account.partition}:iam::${context.account.id}:root`;
    const [primary, billing, security, operations] = await Promise.all([
      context.field('GetContactInformation', arn, async () => {
        const { ContactInformation: found } = parse(PrimaryContactSchema, await client.send(new GetContactInformationCommand({})), 'primary contact');
        return contact({ name: found.FullName, phoneNumber: found.PhoneNumber, email: undefined });
      }),
      alternateContact(context, client, arn, 'BILLING'),
      alternateContact(context, client, arn, 'SECURITY'),
      alternateContact(context, client, arn, 'OPERATIONS'),
    ]);
    context.resources.add({ arn, id: context.account.id, region: context.region, tags: {}, primary, billing, security, operations });
  },
});

export default { contacts };
