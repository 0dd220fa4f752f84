import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_client_vpn_endpoint_connection_logging_enabled',
  uses: { ec2: ['clientVpnEndpoints'] },
  run({ ec2 }, report) {
    report.each(ec2.clientVpnEndpoints, (endpoint) =>
      verdict(
        endpoint.connectionLogging,
        `Client VPN endpoint ${endpoint.id} in ${endpoint.region} logs client connections.`,
        `Client VPN endpoint ${endpoint.id} in ${endpoint.region} does not log client connections.`,
      ),
    );
  },
});
