import type { ScanOptions } from '../../checks/check.js';
import type { SecurityGroup, SecurityGroupRule } from './ec2.js';

/** The sources that mean "anyone on the Internet"; narrower public ranges do not count here. */
const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/** 0-65535: a port range this wide is "every port" whatever the protocol. */
const EVERY_PORT = 65536;

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
 * group's VPC, so that VPC is in use too, the other half of Prowler's condition. A group whose
 * interfaces could not be listed is left unjudged (its read failure becomes an ERROR).
 */
export function securityGroupInScope(group: SecurityGroup, options: ScanOptions): boolean {
  return options.scanUnusedServices || (group.networkInterfaceIds?.length ?? 0) > 0;
}
