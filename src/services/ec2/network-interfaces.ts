import { EC2Client, paginateDescribeNetworkInterfaces } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import type { ClientFactory } from '../../provider/clients.js';
import { parse } from '../service.js';

export interface NetworkInterface {
  id: string;
  vpcId?: string;
  securityGroupIds: string[];
}

const NetworkInterfaceSchema = z.object({
  NetworkInterfaceId: z.string(),
  VpcId: z.string().nullish(),
  Groups: z.array(z.object({ GroupId: z.string() })).nullish(),
});

/**
 * A region's network interfaces, listed once per scan: EC2 needs them to tell which security
 * groups are in use and VPC which VPCs are, and the same listing serves both.
 */
export function regionNetworkInterfaces(clients: ClientFactory, region: string): Promise<NetworkInterface[]> {
  return clients.shared(`EC2:DescribeNetworkInterfaces:${region}`, async () => {
    const client = clients.get(EC2Client, region);
    const interfaces: NetworkInterface[] = [];
    for await (const page of paginateDescribeNetworkInterfaces({ client, pageSize: 1000 }, {})) {
      for (const raw of page.NetworkInterfaces ?? []) {
        const parsed = parse(NetworkInterfaceSchema, raw, 'network interface');
        interfaces.push({
          id: parsed.NetworkInterfaceId,
          vpcId: parsed.VpcId ?? undefined,
          securityGroupIds: (parsed.Groups ?? []).map((group) => group.GroupId),
        });
      }
    }
    return interfaces;
  });
}
