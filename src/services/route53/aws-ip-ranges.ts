import { BlockList, isIP } from 'node:net';
import { z } from 'zod';
import { parse } from '../collection.js';

/** Where AWS publishes the address ranges it owns, the feed Prowler reads too. */
export const AWS_IP_RANGES_URL = 'https://ip-ranges.amazonaws.com/ip-ranges.json';

/** As long as Prowler waits for the feed. */
const FETCH_TIMEOUT_MS = 10_000;

const IpRangesSchema = z.object({
  prefixes: z.array(z.object({ ip_prefix: z.string().optional() })).default([]),
  ipv6_prefixes: z.array(z.object({ ipv6_prefix: z.string().optional() })).default([]),
});

class IpRangesUnavailableError extends Error {
  override readonly name = 'IpRangesUnavailable';
}

/**
 * AWS's published public address ranges, as a set of networks to test addresses against. Not an
 * AWS API call: a public JSON file, fetched once per scan when needed. A prefix that is not a
 * valid network is skipped, as Prowler skips it.
 */
export async function fetchAwsIpRanges(): Promise<BlockList> {
  let response: Response;
  try {
    response = await fetch(AWS_IP_RANGES_URL, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw new IpRangesUnavailableError(`${AWS_IP_RANGES_URL} could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new IpRangesUnavailableError(`${AWS_IP_RANGES_URL} answered HTTP ${response.status}`);
  const ranges = parse(IpRangesSchema, await response.json(), 'AWS IP ranges');
  const networks = new BlockList();
  const cidrs = [...ranges.prefixes.map((prefix) => prefix.ip_prefix), ...ranges.ipv6_prefixes.map((prefix) => prefix.ipv6_prefix)];
  for (const cidr of cidrs) {
    const [address = '', length = ''] = cidr?.split('/') ?? [];
    const family = isIP(address);
    if (family === 0 || !/^\d+$/.test(length) || Number(length) > (family === 4 ? 32 : 128)) continue;
    networks.addSubnet(address, Number(length), family === 4 ? 'ipv4' : 'ipv6');
  }
  return networks;
}

/** Whether `address` lies in one of the networks. */
export function inNetworks(networks: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && networks.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
