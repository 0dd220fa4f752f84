import type { NetworkAcl, NetworkAclEntry, SecurityGroup, SecurityGroupRule } from '../services/ec2/ec2.js';
import { need, type AwsResource, type Listing } from '../services/resource-map.js';
import type { CheckInput, ScanOptions } from './check.js';
import { notApplicable, pass, verdict, type Report } from './report.js';
import { isGlobalAddress } from './global-address.js';

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
  const isInternet = test.sources === 'anywhere' ? (cidr: string) => ANYWHERE.has(cidr) : (cidr: string) => ANYWHERE.has(cidr) || isGlobalAddress(cidr);
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
