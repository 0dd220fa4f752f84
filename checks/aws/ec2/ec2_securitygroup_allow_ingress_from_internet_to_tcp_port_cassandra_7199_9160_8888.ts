import { defineCheck } from '../../../src/checks/check.js';
import { judgeTcpPortExposure } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_cassandra_7199_9160_8888',
  uses: { ec2: ['securityGroups'] },
  run(input, report) {
    judgeTcpPortExposure(input, report, { name: 'Cassandra', ports: [7199, 9160, 8888] });
  },
});
