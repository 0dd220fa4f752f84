/**
 * Whether an IP address or CIDR range is private, with the meaning Python's `ipaddress` gives
 * `is_private` (the IANA special-purpose registries as of Python 3.11): Prowler's verdicts on
 * `aws:SourceIp` conditions rest on it, so ours must too.
 */

interface Range {
  first: bigint;
  last: bigint;
}

const PRIVATE_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/29',
  '192.0.0.170/31',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '240.0.0.0/4',
  '255.255.255.255/32',
].map((cidr) => parseRange(cidr, 32, parseIpv4));

const PRIVATE_IPV6 = [
  '::1/128',
  '::/128',
  '::ffff:0:0/96',
  '100::/64',
  '2001::/23',
  '2001:2::/48',
  '2001:db8::/32',
  '2001:10::/28',
  'fc00::/7',
  'fe80::/10',
].map((cidr) => parseRange(cidr, 128, parseIpv6));

/**
 * True when the address, or every address of the range (host bits ignored, as Python's
 * `strict=False`), lies in one private block; undefined when the text is not an address or range.
 */
export function isPrivateAddressOrRange(text: string): boolean | undefined {
  try {
    if (text.includes(':')) {
      // A zone (fe80::1%eth0) says which interface, not which address.
      const unzoned = text.replace(/%[^%/]+(?=\/|$)/, '');
      if (unzoned.includes('/')) return isPrivate(parseRange(unzoned, 128, parseIpv6), PRIVATE_IPV6);
      const address = parseIpv6(unzoned);
      // An IPv4-mapped address (::ffff:a.b.c.d) is judged as the IPv4 address it carries.
      if (address >> 32n === 0xffffn) return isPrivate(singleAddress(address & 0xffffffffn), PRIVATE_IPV4);
      return isPrivate(singleAddress(address), PRIVATE_IPV6);
    }
    return isPrivate(text.includes('/') ? parseRange(text, 32, parseIpv4) : singleAddress(parseIpv4(text)), PRIVATE_IPV4);
  } catch {
    return undefined;
  }
}

function isPrivate({ first, last }: Range, privateBlocks: readonly Range[]): boolean {
  return privateBlocks.some((block) => block.first <= first && last <= block.last);
}

function singleAddress(address: bigint): Range {
  return { first: address, last: address };
}

function parseRange(cidr: string, bits: number, parse: (address: string) => bigint): Range {
  const [address = '', prefix = '', ...rest] = cidr.split('/');
  if (rest.length > 0) throw new Error(`invalid range ${cidr}`);
  const hostBits = BigInt(bits - prefixLength(prefix, bits));
  const hostMask = (1n << hostBits) - 1n;
  const first = parse(address) & ~hostMask;
  return { first, last: first | hostMask };
}

/** A prefix length, or for IPv4 a netmask (255.255.0.0) or host mask (0.0.255.255), as Python reads them. */
function prefixLength(prefix: string, bits: number): number {
  if (/^\d+$/.test(prefix) && Number(prefix) <= bits) return Number(prefix);
  if (bits === 32 && prefix.includes('.')) {
    const mask = parseIpv4(prefix);
    const netmasks = Array.from({ length: 33 }, (_, length) => ((1n << BigInt(length)) - 1n) << BigInt(32 - length));
    const asNetmask = netmasks.indexOf(mask);
    if (asNetmask >= 0) return asNetmask;
    const asHostMask = netmasks.indexOf(mask ^ 0xffffffffn);
    if (asHostMask >= 0) return asHostMask;
  }
  throw new Error(`invalid prefix ${prefix}`);
}

function parseIpv4(text: string): bigint {
  const parts = text.split('.');
  // Python refuses leading zeros, which some parsers read as octal.
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) {
    throw new Error(`invalid IPv4 address ${text}`);
  }
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

function parseIpv6(text: string): bigint {
  const halves = text.split('::');
  if (halves.length > 2) throw new Error(`invalid IPv6 address ${text}`);
  const [head = [], tail = []] = halves.map((half) => (half ? half.split(':') : []));
  const elided = halves.length === 2;
  // A dotted IPv4 address may only end the address, where it stands for the last two groups.
  const last = elided ? tail : head;
  const ipv4 = last.at(-1)?.includes('.') ? parseIpv4(last.pop() ?? '') : undefined;
  const ipv4Groups = ipv4 === undefined ? [] : [ipv4 >> 16n, ipv4 & 0xffffn];
  const missing = 8 - head.length - tail.length - ipv4Groups.length;
  if (elided ? missing < 1 : missing !== 0) throw new Error(`invalid IPv6 address ${text}`);
  const groups = [...head.map(hexGroup), ...Array<bigint>(missing).fill(0n), ...tail.map(hexGroup), ...ipv4Groups];
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

function hexGroup(group: string): bigint {
  if (!/^[0-9a-fA-F]{1,4}$/.test(group)) throw new Error(`invalid IPv6 group ${group}`);
  return BigInt(`0x${group}`);
}
