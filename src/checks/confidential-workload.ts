import type { Ec2Instance, SecurityGroup, SecurityGroupRule } from '../services/ec2/ec2.js';
import type { Listing } from '../services/resource-map.js';
import { isGlobalAddress } from './global-address.js';

/**
 * What the ec2_confidential_workload_host_* checks share. A confidential-workload host is an
 * instance with Nitro Enclaves enabled; the checks judge the host around the enclave, never the
 * enclave itself.
 */

/** Said in every finding of these checks, so no one reads a host finding as an enclave flaw. */
export const HOST_SCOPE_NOTE = 'This concerns the host instance; it says nothing about the isolation of the enclaves it runs.';

/** Lifecycle states in which a host is passed over: it is coming up or going away. */
const TRANSIENT_HOST_STATES: ReadonlySet<string> = new Set(['pending', 'shutting-down', 'terminated']);

/** Whether the instance is a confidential-workload host these checks judge now. */
export function isConfidentialWorkloadHost(instance: Ec2Instance): boolean {
  return instance.enclavesEnabled && !TRANSIENT_HOST_STATES.has(instance.state);
}

/** Every port, or one inclusive range of ports. */
export type ExposedPorts = 'all' | { from: number; to: number };

/**
 * The ports an ingress rule opens to the Internet over one of `protocols`: 'all' for a rule on
 * every protocol or across 0-65535, else its range; null when no source of the rule is a global
 * range (0.0.0.0/0, ::/0, or any other public block), when the protocol is not tracked, or when
 * the rule names no ports.
 */
export function portsOpenToInternet(rule: SecurityGroupRule, protocols: readonly string[]): ExposedPorts | null {
  if (![...rule.ipv4Ranges, ...rule.ipv6Ranges].some(isGlobalAddress)) return null;
  if (rule.protocol === '-1') return 'all';
  if (!protocols.includes(rule.protocol)) return null;
  const { fromPort, toPort } = rule;
  if (fromPort === undefined || toPort === undefined) return null;
  if (fromPort === 0 && toPort === 65535) return 'all';
  return { from: fromPort, to: toPort };
}

/**
 * The host's security groups as listed in its region, and the IDs it names that the listing does
 * not hold (deleted meanwhile, or owned elsewhere): Prowler cannot vouch for those, so a host
 * without a finding on its visible groups is left for manual review.
 */
export function hostSecurityGroups(host: Ec2Instance, groups: Listing<SecurityGroup>): { visible: SecurityGroup[]; missing: string[] } {
  const named = new Set(host.securityGroupIds);
  const visible = groups.all(host.region).filter((group) => named.has(group.id));
  const seen = new Set(visible.map((group) => group.id));
  return { visible, missing: host.securityGroupIds.filter((id) => !seen.has(id)) };
}
