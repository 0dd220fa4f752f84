import { DescribeServerCommand, TransferClient, paginateListServers } from '@aws-sdk/client-transfer';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, unlessAbsent } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListServers returns at most 1000 servers a page. */
const SERVERS_PAGE_SIZE = 1000;

/** A Transfer Family server; `id` is its server ID. */
export interface TransferServer extends AwsResource {
  configuration: Field<TransferServerConfiguration>;
}

export interface TransferServerConfiguration {
  /** SFTP, FTPS, FTP, AS2. */
  protocols: string[];
  /** The security policy name; '' when AWS gives none. */
  securityPolicyName: string;
}

const ListedSchema = z.object({ Arn: z.string(), ServerId: z.string() });

const DescriptionSchema = z.object({
  Server: z.object({
    Protocols: z.array(z.string()).nullish(),
    SecurityPolicyName: z.string().nullish(),
    Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).nullish(),
  }),
});

/**
 * Every Transfer Family server of the region, each described by DescribeServer: the listing tells
 * neither protocols nor security policy, which both checks judge. A server deleted between the
 * two calls is left out.
 */
const servers = defineCollection<TransferServer>({
  service: 'transfer',
  name: 'servers',
  scope: 'regional',
  async load(context) {
    const client = context.client(TransferClient);
    const pages = paginateListServers({ client, pageSize: SERVERS_PAGE_SIZE }, {});
    const listed = await context.items('ListServers', pages, (page) => page.Servers, ListedSchema, 'Transfer server');
    const read = await readEach(listed, async ({ Arn: arn, ServerId: id }) => {
      let deleted = false;
      let tags: Record<string, string> = {};
      const configuration = await context.field('DescribeServer', arn, async () => {
        const response = await unlessAbsent(client.send(new DescribeServerCommand({ ServerId: id })), 'ResourceNotFoundException');
        deleted = response === null;
        if (response === null) return { protocols: [], securityPolicyName: '' };
        const server = parse(DescriptionSchema, response, 'Transfer server description').Server;
        tags = tagRecord(server.Tags);
        return { protocols: server.Protocols ?? [], securityPolicyName: server.SecurityPolicyName ?? '' };
      });
      return deleted ? null : { arn, id, region: context.region, tags, configuration };
    });
    for (const server of read) if (server) context.resources.add(server);
  },
});

export default { servers };
