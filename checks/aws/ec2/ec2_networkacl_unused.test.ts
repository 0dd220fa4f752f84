import { testCheck } from '../../../test/helpers/check-cases.js';
import { networkAcl } from '../../../test/helpers/fixtures/ec2-network-acls.js';
import check from './ec2_networkacl_unused.js';

testCheck(check, [
  { name: 'no network ACLs', expect: [] },
  {
    name: 'an ACL associated with a subnet passes',
    given: ({ ec2 }) => ec2.networkAcls.add(networkAcl('acl-1', { name: 'web' })),
    expect: [{ status: 'PASS', resource: 'acl-1', region: 'eu-west-1', detail: 'Network ACL web is associated with a subnet' }],
  },
  {
    name: 'an ACL associated with no subnet fails, whatever the scan options',
    given: ({ ec2 }) => ec2.networkAcls.add(networkAcl('acl-1', { associatedWithSubnet: false })),
    expect: [{ status: 'FAIL', resource: 'acl-1', detail: 'Network ACL acl-1 is associated with no subnet' }],
  },
  {
    name: "a VPC's default ACL is not judged, associated or not",
    given: ({ ec2 }) => ec2.networkAcls.add(networkAcl('acl-1', { isDefault: true, associatedWithSubnet: false })),
    expect: [],
  },
  {
    name: 'a region whose ACLs could not be listed is an error there',
    given: ({ ec2 }) => ec2.networkAcls.fail({ region: 'us-east-1', operation: 'DescribeNetworkAcls', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeNetworkAcls', region: 'us-east-1' }],
  },
]);
