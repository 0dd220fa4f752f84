import { defineCheck } from '../../../src/checks/check.js';
import { judgeNetworkAclExposure } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_networkacl_allow_ingress_any_port',
  uses: { ec2: ['networkAcls', 'securityGroups'] },
  run(input, report) {
    // As in Prowler, only entries for every protocol count: an entry for all TCP ports does not.
    judgeNetworkAclExposure(input, report, { protocol: '-1', port: 0, what: 'every port' });
  },
});
