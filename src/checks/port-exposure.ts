import type { NetworkAcl, NetworkAclEntry, SecurityGroup, SecurityGroupRule } from '../services/ec2/ec2.js';
import { need, type AwsResource, type Listing } from '../services/resource-map.js';
import type { CheckInput, ScanOptions } from './check.js';
import { notApplicable, pass, verdict, type Report } from './report.js';

/** The sources that mean "anyone on the Internet". */
const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/** 0-65535: a port range this wide is "every port" whatever the protocol. */
const EVERY_PORT = 65536;

export const ALL_PORTS_CHECK_ID = 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports';

/** What an ingress rule is tested for, in the terms of Prowler's security-group rule matcher. */
export interface ExposureTest {
  /** tcp, udp... or -1 for any protocol. */
  protocol: string;
  ports: readonly number[];
  /** Which sources count as the Internet: only 0.0.0.0/0 and ::/0, or any globally routable range. */
  sources: 'anywhere' | 'public';
  /** With no ports to look for, whether any rule with port fields counts (else only the full range does). */
  noPortsMeansAny?: boolean;
}

/**
 * Whether an ingress rule lets the Internet in as `test` asks, judged as Prowler judges it: a rule
 * for every protocol from a public source counts whatever the ports, and a rule spanning all 65536
 * ports counts for any port of its protocol. Rules without port fields (protocol numbers other
 * than TCP, UDP and ICMP) count only when they cover every protocol.
 */
export function ruleExposes(rule: SecurityGroupRule, test: ExposureTest): boolean {
  const isInternet = test.sources === 'anywhere' ? (cidr: string) => ANYWHERE.has(cidr) : (cidr: string) => ANYWHERE.has(cidr) || isGlobalNetwork(cidr);
  if (![...rule.ipv4Ranges, ...rule.ipv6Ranges].some(isInternet)) return false;
  if (rule.protocol === '-1') return true;
  if (test.protocol !== '-1' && rule.protocol !== test.protocol) return false;
  const { fromPort, toPort } = rule;
  if (fromPort === undefined || toPort === undefined) return false;
  // ICMP rules put the type and code in the port fields; a "range" ending below its start is empty.
  const width = fromPort === toPort ? 1 : Math.max(0, toPort - fromPort + 1);
  const covers = (port: number) => (fromPort === toPort ? port === fromPort : fromPort <= port && port <= toPort);
  return test.ports.some(covers) || width === EVERY_PORT || (test.noPortsMeansAny === true && test.ports.length === 0);
}

/**
 * Whether an ingress rule lets anyone on the Internet (0.0.0.0/0 or ::/0) reach one of `ports`
 * over `protocol` ('-1' for any protocol).
 */
export function ruleOpensToInternet(rule: SecurityGroupRule, protocol: string, ports: readonly number[]): boolean {
  return ruleExposes(rule, { protocol, ports, sources: 'anywhere' });
}

/** True when some ingress rule opens every port (any protocol) to the whole Internet. */
export function allPortsOpenToInternet(group: SecurityGroup): boolean {
  return group.ingressRules.some((rule) => ruleOpensToInternet(rule, '-1', []));
}

/**
 * Whether the group is in use: attached to a network interface. Such an interface lives in the
 * group's VPC, so that VPC is in use too, the other half of Prowler's condition.
 */
export function securityGroupInUse(group: SecurityGroup): boolean {
  return need(group.networkInterfaceIds).length > 0;
}

/** Whether the exposure checks judge this group: every group when unused resources are in scope, else groups in use. */
export function securityGroupInScope(group: SecurityGroup, options: ScanOptions): boolean {
  return options.scanUnusedServices || securityGroupInUse(group);
}

/**
 * Whether the all-ports check, in this scan, fails the group: Prowler reports such a group there
 * and does not judge its single ports again elsewhere.
 */
export function leftToAllPortsCheck(group: SecurityGroup, checksInScan: ReadonlySet<string>): boolean {
  return checksInScan.has(ALL_PORTS_CHECK_ID) && allPortsOpenToInternet(group);
}

/** A service some "TCP ports open to the Internet" check is about: its name and its ports. */
export interface TcpService {
  name: string;
  ports: readonly number[];
}

/**
 * The verdicts of a "TCP port open to the Internet" check, as Prowler gives them. A group open on
 * every port is reported by the all-ports check and passes here when that check is in the scan;
 * when it is not, the group fails here, because the ports are open all the same.
 */
export function judgeTcpPortExposure({ ec2, options, checksInScan }: CheckInput<{ ec2: ['securityGroups'] }>, report: Report, service: TcpService): void {
  const what = `${service.name} ${service.ports.length > 1 ? 'ports' : 'port'} ${listInProse(service.ports)}`;
  report.each(ec2.securityGroups, (group) => {
    if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
    const subject = securityGroupLabel(group);
    if (leftToAllPortsCheck(group, checksInScan)) {
      return pass(`${subject} opens every port to the Internet, reported by the all-ports check; ${what} was not judged on its own.`);
    }
    return verdict(
      !group.ingressRules.some((rule) => ruleOpensToInternet(rule, 'tcp', service.ports)),
      `${subject} does not open ${what} to the Internet.`,
      `${subject} opens ${what} to the Internet.`,
    );
  });
}

/** "Security group web (sg-1)", as findings name a group. */
export function securityGroupLabel(group: SecurityGroup): string {
  return `Security group ${group.name} (${group.id})`;
}

/** 1, 2 and 3. */
export function listInProse(items: readonly (number | string)[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${String(items.at(-1))}` : items.join('');
}

/**
 * Whether a network ACL lets the whole Internet in on `port` over `protocol` (a protocol number,
 * or "-1" for entries covering every protocol), judged as Prowler judges it: the IPv6 entries for
 * ::/0 are read first, in rule order, where an allow is enough and a deny stops only the IPv6
 * reading; then the IPv4 entries for 0.0.0.0/0, where the first matching entry decides.
 */
function networkAclOpensToInternet(entries: readonly NetworkAclEntry[], protocol: string, port: number): boolean {
  const inbound = entries.filter((entry) => !entry.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  const matches = (entry: NetworkAclEntry) =>
    entry.protocol === '-1' || (entry.protocol === protocol && entry.portRange !== undefined && entry.portRange.from <= port && port <= entry.portRange.to);
  const firstIpv6 = inbound.find((entry) => entry.cidrBlock === undefined && entry.ipv6CidrBlock === '::/0' && matches(entry));
  if (firstIpv6?.action === 'allow') return true;
  const firstIpv4 = inbound.find((entry) => entry.ipv6CidrBlock === undefined && entry.cidrBlock === '0.0.0.0/0' && matches(entry));
  return firstIpv4?.action === 'allow';
}

/** What a network-ACL exposure check looks for: a protocol number ("-1": entries for every protocol) and a port. */
export interface NetworkAclExposure {
  protocol: string;
  port: number;
  /** How findings name it: "SSH port 22". */
  what: string;
}

/** The verdicts of a "network ACL open to the Internet" check, one per ACL in scope. */
export function judgeNetworkAclExposure({ ec2, options }: CheckInput<{ ec2: ['networkAcls', 'securityGroups'] }>, report: Report, exposure: NetworkAclExposure): void {
  report.each(ec2.networkAcls, (acl) => {
    if (!networkAclInScope(acl, ec2.securityGroups, options)) return notApplicable('its region has no security group of its own');
    const label = `Network ACL ${acl.name || acl.id}`;
    return verdict(
      !networkAclOpensToInternet(acl.entries, exposure.protocol, exposure.port),
      `${label} does not let the Internet in on ${exposure.what}.`,
      `${label} lets the Internet in on ${exposure.what}.`,
    );
  });
}

/**
 * Whether the network-ACL checks judge this ACL: every ACL when unused resources are in scope,
 * else those of regions with a security group of their own (not a default one), Prowler's sign
 * that the region is used.
 */
function networkAclInScope(acl: NetworkAcl, securityGroups: Listing<SecurityGroup>, options: ScanOptions): boolean {
  return options.scanUnusedServices || someInRegion(securityGroups, acl.region, (group) => group.name !== 'default');
}

/**
 * Whether some resource of the region matches: one that was found proves it, and only a complete
 * listing of the region proves there is none (else the judgement ends as unread).
 */
export function someInRegion<T extends AwsResource>(listing: Listing<T>, region: string, matches: (resource: T) => boolean): boolean {
  return listing.found().some((resource) => resource.region === region && matches(resource)) || listing.all(region).some(matches);
}

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

/** Whether a CIDR range is globally routable (Python's `ip_network(cidr).is_global`); false for text that is not a range. */
export function isGlobalNetwork(cidr: string): boolean {
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
