import { testCheck } from '../../../test/helpers/check-cases.js';
import { FIXTURE_REGION, unreadBy } from '../../../test/helpers/fixtures/account.js';
import { loadBalancer } from '../../../test/helpers/fixtures/elbv2.js';
import { classicWebAclLoadBalancers } from '../../../test/helpers/fixtures/waf.js';
import { webAclV2Associations } from '../../../test/helpers/fixtures/wafv2.js';
import check from './elbv2_waf_acl_attached.js';

// The WAF fixtures leave an ACL's region unset unless given one, so each case gives it.
const v2Protected = loadBalancer('v2-protected');
const classicProtected = loadBalancer('classic-protected');
const exposed = loadBalancer('exposed');

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'an ALB passes when a WAFv2 or WAF Classic web ACL protects it; other types are not judged',
    given: ({ elbv2, wafv2, waf }) => {
      for (const balancer of [v2Protected, classicProtected, exposed]) elbv2.loadBalancers.add(balancer);
      elbv2.loadBalancers.add(loadBalancer('nlb', { type: 'network' }));
      wafv2.webAclLoadBalancers.add(webAclV2Associations('v2', { region: FIXTURE_REGION, associatedArns: [v2Protected.arn] }));
      waf.regionalWebAclLoadBalancers.add(classicWebAclLoadBalancers('classic', { region: FIXTURE_REGION, associatedArns: [classicProtected.arn] }));
    },
    expect: [
      { status: 'PASS', resource: 'v2-protected', detail: 'WAFv2 web ACL v2-name' },
      { status: 'PASS', resource: 'classic-protected', detail: 'WAF Classic web ACL classic-name' },
      { status: 'FAIL', resource: 'exposed', detail: 'not protected' },
    ],
  },
  {
    name: 'an ACL of another region protects nothing here',
    given: ({ elbv2, wafv2 }) => {
      elbv2.loadBalancers.add(exposed);
      wafv2.webAclLoadBalancers.add(webAclV2Associations('elsewhere', { region: 'us-east-1', associatedArns: [exposed.arn] }));
    },
    expect: [{ status: 'FAIL', resource: 'exposed' }],
  },
  {
    name: 'unread associations leave unprotected ALBs unjudged, but one protection found is enough',
    given: ({ elbv2, wafv2, waf }) => {
      elbv2.loadBalancers.add(classicProtected);
      elbv2.loadBalancers.add(exposed);
      wafv2.webAclLoadBalancers.add(webAclV2Associations('v2', { region: FIXTURE_REGION, associatedArns: unreadBy('wafv2', 'ListResourcesForWebACL') }));
      waf.regionalWebAclLoadBalancers.add(classicWebAclLoadBalancers('classic', { region: FIXTURE_REGION, associatedArns: [classicProtected.arn] }));
    },
    expect: [
      { status: 'PASS', resource: 'classic-protected', detail: 'WAF Classic' },
      { status: 'ERROR', resource: 'exposed', detail: 'ListResourcesForWebACL' },
    ],
  },
  {
    name: 'web ACLs that could not be listed are an error for unprotected ALBs',
    given: ({ elbv2, wafv2, waf }) => {
      elbv2.loadBalancers.add(v2Protected);
      elbv2.loadBalancers.add(exposed);
      wafv2.webAclLoadBalancers.add(webAclV2Associations('v2', { region: FIXTURE_REGION, associatedArns: [v2Protected.arn] }));
      waf.regionalWebAclLoadBalancers.fail({ region: 'eu-west-1', operation: 'ListWebACLs', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'v2-protected' },
      { status: 'ERROR', resource: 'exposed', detail: 'ListWebACLs' },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
