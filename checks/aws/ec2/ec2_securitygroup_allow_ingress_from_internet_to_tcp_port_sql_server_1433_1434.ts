import { defineCheck } from '../../../src/checks/check.js';
import { judgeTcpPortExposure } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_sql_server_1433_1434',
  uses: { ec2: ['securityGroups'] },
  run(input, report) {
    judgeTcpPortExposure(input, report, { name: 'SQL Server', ports: [1433, 1434] });
  },
});
