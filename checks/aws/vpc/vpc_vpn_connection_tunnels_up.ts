import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_vpn_connection_tunnels_up',
  uses: { vpc: ['vpnConnections'] },
  run({ vpc: network }, report) {
    report.each(network.vpnConnections, (connection) => {
      const [first, second] = connection.tunnelStatuses;
      // Prowler cannot judge a connection without telemetry for both tunnels and reports nothing.
      if (first === undefined || second === undefined) return notApplicable('AWS reports no status for both of its tunnels');
      return verdict(first === 'UP' && second === 'UP', `VPN connection ${connection.id} has both tunnels up.`, `VPN connection ${connection.id} has at least one tunnel down.`);
    });
  },
});
