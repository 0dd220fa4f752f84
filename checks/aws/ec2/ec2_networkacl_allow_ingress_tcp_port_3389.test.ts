import { testCheck } from '../../../test/helpers/check-cases.js';
import { entry, networkAcl, networkAclExposureCases } from '../../../test/helpers/fixtures/ec2-network-acls.js';
import { securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_networkacl_allow_ingress_tcp_port_3389.js';

testCheck(check, [
  ...networkAclExposureCases((ruleNumber, cidr) => entry(ruleNumber, 'allow', '6', cidr, [3389, 3389]), 'RDP port 3389'),
  {
    name: 'a TCP range covering port 3389 fails; UDP on it, or TCP on another port, passes',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { name: 'web' }));
      ec2.networkAcls.add(networkAcl('acl-range', { entries: [entry(100, 'allow', '6', '0.0.0.0/0', [3389 - 2, 3389 + 2])] }));
      ec2.networkAcls.add(networkAcl('acl-other', { entries: [entry(100, 'allow', '17', '0.0.0.0/0', [3389, 3389]), entry(110, 'allow', '6', '0.0.0.0/0', [22, 22])] }));
    },
    expect: [
      { status: 'FAIL', resource: 'acl-range' },
      { status: 'PASS', resource: 'acl-other' },
    ],
  },
  {
    name: 'a TCP deny for port 3389 before an allow for every protocol passes',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { name: 'web' }));
      ec2.networkAcls.add(networkAcl('acl-1', { entries: [entry(100, 'deny', '6', '0.0.0.0/0', [3389, 3389]), entry(200, 'allow', '-1', '0.0.0.0/0')] }));
    },
    expect: [{ status: 'PASS', resource: 'acl-1' }],
  },
]);
