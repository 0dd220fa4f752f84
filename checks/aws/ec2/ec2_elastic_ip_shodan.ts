import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_elastic_ip_shodan',
  uses: { ec2: ['elasticIpShodan'] },
  // Read by the collection that looks the addresses up; without it the scan leaves this check out.
  config: ['shodan_api_key'],
  run({ ec2 }, report) {
    report.each(ec2.elasticIpShodan, (address) => {
      const host = need(address.host);
      if (!host) return pass(`Elastic IP ${address.publicIp} is not indexed by Shodan.`);
      const ports = host.ports.length > 0 ? host.ports.join(', ') : 'none';
      return fail(
        `Elastic IP ${address.publicIp} is indexed by Shodan: open ports ${ports}; ISP ${host.isp ?? 'unknown'}; ` +
          `country ${host.country ?? 'unknown'}. See https://www.shodan.io/host/${address.publicIp}.`,
      );
    });
  },
});
