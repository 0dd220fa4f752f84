interface Network {
  first: bigint;
  last: bigint;
  prefixLength: number;
}

/**
 * Address blocks that are not globally reachable, as Python's `ipaddress` (3.12.13, Prowler's
 * image) lists them; a network is global unless it lies wholly inside one of them and touches none
 * of the exceptions. Prowler's "public source" tests rest on that `is_global`, so ours do too.
 */
const NOT_GLOBAL = {
  4: ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32'],
  6: ['::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23', '2001:db8::/32', '2002::/16', '3fff::/20', 'fc00::/7', 'fe80::/10'],
};
const GLOBAL_EXCEPTIONS = {
  4: ['192.0.0.9/32', '192.0.0.10/32'],
  6: ['2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48', '2001:20::/28', '2001:30::/28'],
};
const blocks = (cidrs: readonly string[]) => cidrs.map((cidr) => parseNetwork(cidr) as Network);
const NOT_GLOBAL_BLOCKS = { 4: blocks(NOT_GLOBAL[4]), 6: blocks(NOT_GLOBAL[6]) };
const EXCEPTION_BLOCKS = { 4: blocks(GLOBAL_EXCEPTIONS[4]), 6: blocks(GLOBAL_EXCEPTIONS[6]) };

/**
 * Whether an address or CIDR range is globally routable (Python's `ip_network(text).is_global`),
 * on which Prowler's exposure verdicts rest; false for text that is neither.
 */
export function isGlobalAddress(text: string): boolean {
  const cidr = text.includes('/') ? text : `${text}/${text.includes(':') ? 128 : 32}`;
  const network = parseNetwork(cidr);
  if (!network) return false;
  const version = cidr.includes(':') ? 6 : 4;
  const within = (block: Network, address: bigint) => block.first <= address && address <= block.last;
  const inside = NOT_GLOBAL_BLOCKS[version].some((block) => within(block, network.first) && within(block, network.last));
  const touchesException = EXCEPTION_BLOCKS[version].some((block) => within(block, network.first) || within(block, network.last));
  return !inside || touchesException;
}

/** The prefix length of a CIDR range, undefined for text that is not one. */
export function prefixLengthOf(cidr: string): number | undefined {
  return parseNetwork(cidr)?.prefixLength;
}

/** An IPv4 or IPv6 range as AWS writes it (a.b.c.d/n, or hex groups with one "::"); host bits are ignored. */
function parseNetwork(cidr: string): Network | undefined {
  const [address = '', prefix = '', ...rest] = cidr.split('/');
  const bits = address.includes(':') ? 128 : 32;
  const value = bits === 32 ? ipv4Value(address) : ipv6Value(address);
  if (value === undefined || rest.length > 0 || !/^\d{1,3}$/.test(prefix) || Number(prefix) > bits) return undefined;
  const hostMask = (1n << BigInt(bits - Number(prefix))) - 1n;
  const first = value & ~hostMask;
  return { first, last: first | hostMask, prefixLength: Number(prefix) };
}

function ipv4Value(address: string): bigint | undefined {
  const octets = address.split('.');
  if (octets.length !== 4 || !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) return undefined;
  return octets.reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

function ipv6Value(address: string): bigint | undefined {
  const halves = address.split('::').map((half) => (half ? half.split(':') : []));
  if (halves.length > 2) return undefined;
  const groupCount = halves.reduce((count, half) => count + half.length, 0);
  if (halves.length === 2 ? groupCount > 7 : groupCount !== 8) return undefined;
  const groups = [...(halves[0] ?? []), ...Array<string>(8 - groupCount).fill('0'), ...(halves[1] ?? [])];
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
  return groups.reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}
