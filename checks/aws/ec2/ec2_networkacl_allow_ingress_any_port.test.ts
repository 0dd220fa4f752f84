import { testCheck } from '../../../test/helpers/check-cases.js';
import { entry, networkAcl, networkAclExposureCases } from '../../../test/helpers/fixtures/ec2-network-acls.js';
import { securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_networkacl_allow_ingress_any_port.js';

testCheck(check, [
  ...networkAclExposureCases((ruleNumber, cidr) => entry(ruleNumber, 'allow', '-1', cidr), 'every port'),
  {
    name: 'entries for one protocol do not count, even over all its ports',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { name: 'web' }));
      ec2.networkAcls.add(networkAcl('acl-1', { entries: [entry(100, 'allow', '6', '0.0.0.0/0', [0, 65535]), entry(110, 'allow', '17', '::/0', [0, 65535])] }));
    },
    expect: [{ status: 'PASS', resource: 'acl-1' }],
  },
]);
