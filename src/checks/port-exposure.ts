import { need } from '../services/resource-map.js';
import type { SecurityGroup, SecurityGroupRule } from '../services/ec2/ec2.js';
import type { CheckInput, ScanOptions } from './check.js';
import { notApplicable, pass, verdict, type Report } from './report.js';

/** The sources that mean "anyone on the Internet"; narrower public ranges do not count here. */
const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/** 0-65535: a port range this wide is "every port" whatever the protocol. */
const EVERY_PORT = 65536;

export const ALL_PORTS_CHECK_ID = 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports';

/**
 * Whether an ingress rule lets anyone on the Internet reach one of `ports` over `protocol` ('-1'
 * for any protocol), judged as Prowler judges it: a rule for every protocol open to the Internet
 * counts for any port, and a rule spanning all 65536 ports counts for any port of its protocol.
 */
function ruleOpensToInternet(rule: SecurityGroupRule, protocol: string, ports: readonly number[]): boolean {
  if (![...rule.ipv4Ranges, ...rule.ipv6Ranges].some((cidr) => ANYWHERE.has(cidr))) return false;
  if (rule.protocol === '-1') return true;
  if (protocol !== '-1' && rule.protocol !== protocol) return false;
  const { fromPort, toPort } = rule;
  if (fromPort === undefined || toPort === undefined) return false;
  // ICMP rules put the type and code in the port fields; a "range" ending below its start is empty.
  const width = fromPort === toPort ? 1 : Math.max(0, toPort - fromPort + 1);
  const covers = (port: number) => (fromPort === toPort ? port === fromPort : fromPort <= port && port <= toPort);
  return ports.some(covers) || width === EVERY_PORT;
}

/** True when some ingress rule opens every port (any protocol) to the whole Internet. */
export function allPortsOpenToInternet(group: SecurityGroup): boolean {
  return group.ingressRules.some((rule) => ruleOpensToInternet(rule, '-1', []));
}

/** True when some ingress rule lets the whole Internet reach TCP `port`. */
export function tcpPortOpenToInternet(group: SecurityGroup, port: number): boolean {
  return group.ingressRules.some((rule) => ruleOpensToInternet(rule, 'tcp', [port]));
}

/**
 * Whether the security-group checks judge this group: every group when unused resources are in
 * scope, otherwise only groups attached to a network interface. Such an interface lives in the
 * group's VPC, so that VPC is in use too, the other half of Prowler's condition.
 */
export function securityGroupInScope(group: SecurityGroup, options: ScanOptions): boolean {
  return options.scanUnusedServices || need(group.networkInterfaceIds).length > 0;
}

/**
 * The verdicts of a "TCP port open to the Internet" check, as Prowler gives them. A group open on
 * every port is reported once, by the all-ports check, and passes here when that check is in the
 * scan; when it is not, the group fails here, because the port is open all the same.
 */
export function judgeTcpPortExposure(
  { ec2, options, checksInScan }: CheckInput<{ ec2: ['securityGroups'] }>,
  report: Report,
  port: number,
  protocolName: string,
): void {
  const allPortsCheckRuns = checksInScan.has(ALL_PORTS_CHECK_ID);
  report.each(ec2.securityGroups, (group) => {
    if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
    const subject = `Security group ${group.name} (${group.id})`;
    if (allPortsCheckRuns && allPortsOpenToInternet(group)) {
      return pass(`${subject} opens every port to the Internet, reported by the all-ports check; ${protocolName} port ${port} was not judged on its own.`);
    }
    return verdict(
      !tcpPortOpenToInternet(group, port),
      `${subject} does not open ${protocolName} port ${port} to the Internet.`,
      `${subject} opens ${protocolName} port ${port} to the Internet.`,
    );
  });
}
