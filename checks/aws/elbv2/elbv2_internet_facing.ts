import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { ruleOpensToInternet } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'elbv2_internet_facing',
  uses: { elbv2: ['loadBalancers'], ec2: ['securityGroups'] },
  run({ elbv2, ec2, account }, report) {
    report.each(elbv2.loadBalancers, (balancer) => {
      if (balancer.scheme !== 'internet-facing') return pass(`Load balancer ${balancer.name} is internal.`);
      const groupArn = (groupId: string) => `arn:${account.partition}:ec2:${balancer.region}:${account.id}:security-group/${groupId}`;
      const wanted = new Set(balancer.securityGroups.map(groupArn));
      // As Prowler judges it, only a rule open to the Internet on every TCP port (or on every
      // protocol) makes the load balancer public; a rule for 443 alone does not.
      const open = wanted.size === 0 ? undefined : ec2.securityGroups
        .all(balancer.region)
        .find((group) => wanted.has(group.arn) && group.ingressRules.some((rule) => ruleOpensToInternet(rule, 'tcp', [])));
      return open
        ? fail(`Load balancer ${balancer.name} is internet-facing at ${balancer.dnsName} and its security group ${open.id} lets the whole Internet in on every TCP port.`)
        : pass(`Load balancer ${balancer.name} has an internet-facing scheme at ${balancer.dnsName}, but no security group of its lets the whole Internet in on every TCP port.`);
    });
  },
});
