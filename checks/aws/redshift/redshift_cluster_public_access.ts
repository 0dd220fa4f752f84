import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import { ruleOpensToInternet } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'redshift_cluster_public_access',
  uses: { redshift: ['clusters', 'subnetGroups'], vpc: ['subnets'], ec2: ['securityGroups'] },
  run({ redshift, vpc, ec2, account }, report) {
    report.each(redshift.clusters, (cluster) => {
      const endpoint = cluster.endpointAddress;
      if (!endpoint || !cluster.publiclyAccessible) return pass(`Redshift cluster ${cluster.id} is not publicly accessible.`);
      const subnetIds = cluster.subnetGroupName
        ? (redshift.subnetGroups.all(cluster.region).find((group) => group.id === cluster.subnetGroupName)?.subnetIds ?? [])
        : [];
      const regionSubnets = subnetIds.length === 0 ? [] : vpc.subnets.all(cluster.region);
      const inPublicSubnet = subnetIds.some((subnetId) => {
        const subnet = regionSubnets.find((candidate) => candidate.id === subnetId);
        return subnet !== undefined && need(subnet.public);
      });
      if (!inPublicSubnet) return pass(`Redshift cluster ${cluster.id} has its endpoint ${endpoint} set as publicly accessible, but in no public subnet.`);
      const groupArns = new Set(cluster.activeSecurityGroupIds.map((groupId) => `arn:${account.partition}:ec2:${cluster.region}:${account.id}:security-group/${groupId}`));
      // As Prowler judges it, only a rule open to the Internet on every TCP port (or every protocol) exposes the cluster.
      const openGroup = groupArns.size === 0 ? undefined : ec2.securityGroups
        .all(cluster.region)
        .find((group) => groupArns.has(group.arn) && group.ingressRules.some((rule) => ruleOpensToInternet(rule, 'tcp', [])));
      return openGroup
        ? fail(`Redshift cluster ${cluster.id} has its endpoint ${endpoint} publicly accessible in a public subnet and exposed to the Internet by security group ${openGroup.id}.`)
        : pass(`Redshift cluster ${cluster.id} has its endpoint ${endpoint} publicly accessible in a public subnet, but no security group of its lets the whole Internet in.`);
    });
  },
});
