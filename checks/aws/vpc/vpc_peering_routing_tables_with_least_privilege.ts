import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_peering_routing_tables_with_least_privilege',
  uses: { vpc: ['peeringConnections'] },
  run({ vpc: network }, report) {
    report.each(network.peeringConnections, (connection) => {
      // Only the requester's CIDR is compared: Prowler blanks the accepter's before judging.
      const tooBroad = new Set(['0.0.0.0/0', ...(connection.requesterCidr ? [connection.requesterCidr] : [])]);
      const broadRoute = need(connection.routeTables).find((table) => table.destinationCidrs.some((cidr) => tooBroad.has(cidr)));
      return verdict(
        broadRoute === undefined,
        `VPC peering connection ${connection.id} routes only to parts of the peered VPCs.`,
        `VPC peering connection ${connection.id} is routed to a whole VPC or to everything by route table ${broadRoute?.id ?? ''}.`,
      );
    });
  },
});
