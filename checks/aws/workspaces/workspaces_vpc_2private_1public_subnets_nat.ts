import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'workspaces_vpc_2private_1public_subnets_nat',
  uses: { workspaces: ['workspaces'], vpc: ['subnets'] },
  run({ workspaces, vpc }, report) {
    report.each(workspaces.workspaces, (workspace) => {
      const subnet = workspace.subnetId === null ? undefined : vpc.subnets.all(workspace.region).find((candidate) => candidate.id === workspace.subnetId);
      const vpcSubnets = subnet ? vpc.subnets.all(workspace.region).filter((candidate) => candidate.vpcId === subnet.vpcId) : [];
      const privateSubnets = vpcSubnets.filter((candidate) => !need(candidate.public));
      const layoutHolds =
        subnet !== undefined &&
        !need(subnet.public) &&
        vpcSubnets.length - privateSubnets.length >= 1 &&
        privateSubnets.length >= 2 &&
        privateSubnets.some((candidate) => need(candidate.natGateway));
      return verdict(
        layoutHolds,
        `WorkSpace ${workspace.id} is in a private subnet of a VPC with a public subnet and two private subnets, one routed through a NAT gateway.`,
        `WorkSpace ${workspace.id} is not in a private subnet of a VPC with at least one public and two private subnets with a NAT gateway route.`,
      );
    });
  },
});
