import type { Ec2Instance, SecurityGroup } from '../services/ec2/ec2.js';
import type { Listing } from '../services/resource-map.js';
import { need } from '../services/resource-map.js';
import type { Subnet } from '../services/vpc/vpc.js';
import type { CheckInput } from './check.js';
import { ruleOpensToInternet } from './port-exposure.js';
import { fail, pass, rated, type Report, type Verdict } from './report.js';

export type InstancePortInput = CheckInput<{ ec2: ['instances', 'securityGroups']; vpc: ['subnets'] }>;

/**
 * The verdicts of an "instance port open to the Internet" check, as Prowler gives them: an
 * instance passes unless one of its security groups lets anyone reach one of `ports` over TCP.
 * Every instance is judged, whatever its state. A failure is rated by how reachable the instance
 * is: medium without a public IP, high with one in a private (or unknown) subnet, critical with
 * one in a subnet that routes to an internet gateway.
 */
export function judgeInstancePortExposure({ ec2, vpc }: InstancePortInput, report: Report, ports: readonly number[], serviceName: string): void {
  const portWords = `${serviceName} port${ports.length > 1 ? 's' : ''} ${ports.join(', ')}`;
  report.each(ec2.instances, (instance) => {
    const subject = `Instance ${instance.id}`;
    if (!opensAnyPort(instance, ec2.securityGroups, ports)) return pass(`${subject} does not have ${portWords} open to the Internet.`);
    return exposure(instance, vpc.subnets, `${subject} has ${portWords} open to 0.0.0.0/0`);
  });
}

function opensAnyPort(instance: Ec2Instance, securityGroups: Listing<SecurityGroup>, ports: readonly number[]): boolean {
  // An instance without groups needs no group listing to be judged.
  if (instance.securityGroupIds.length === 0) return false;
  return securityGroups
    .all(instance.region)
    .some((group) => instance.securityGroupIds.includes(group.id) && group.ingressRules.some((rule) => ruleOpensToInternet(rule, 'tcp', ports)));
}

function exposure(instance: Ec2Instance, subnets: Listing<Subnet>, opened: string): Verdict {
  if (!instance.publicIp) return rated(fail(`${opened}, but it has no public IP address.`), 'medium');
  const onAddress = `${opened} on public IP address ${instance.publicIp}`;
  const subnet = instance.subnetId === null ? undefined : subnets.all(instance.region).find((candidate) => candidate.id === instance.subnetId);
  if (!subnet) return rated(fail(`${onAddress}, in a subnet that was not found (${instance.subnetId ?? 'none'}).`), 'high');
  if (need(subnet.public)) return rated(fail(`${onAddress}, in public subnet ${subnet.id}.`), 'critical');
  return rated(fail(`${onAddress}, but in private subnet ${subnet.id}.`), 'high');
}
