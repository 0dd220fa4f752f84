import { defineCheck } from '../../../src/checks/check.js';
import { judgeNetworkAclExposure } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_networkacl_allow_ingress_tcp_port_3389',
  uses: { ec2: ['networkAcls', 'securityGroups'] },
  run(input, report) {
    judgeNetworkAclExposure(input, report, { protocol: '6', port: 3389, what: 'RDP port 3389' });
  },
});
