import { defineCheck, fail, firstWhere, need, notApplicable, pass } from '../../../src/checks/check.js';
import type { AwsResource, Field, Listing } from '../../../src/services/resource-map.js';

type ProtectingAcl = AwsResource & { associatedArns: Field<string[]> };

export default defineCheck({
  id: 'elbv2_waf_acl_attached',
  uses: { elbv2: ['loadBalancers'], wafv2: ['webAclLoadBalancers'], waf: ['regionalWebAclLoadBalancers'] },
  run({ elbv2, wafv2, waf }, report) {
    const firewalls: [string, Listing<ProtectingAcl>][] = [
      ['WAFv2', wafv2.webAclLoadBalancers],
      ['WAF Classic', waf.regionalWebAclLoadBalancers],
    ];
    report.each(elbv2.loadBalancers, (balancer) => {
      if (balancer.type !== 'application') return notApplicable('only Application Load Balancers take a WAF web ACL');
      // A web ACL protects load balancers of its own region only.
      const protector = (acls: Listing<ProtectingAcl>) => firstWhere(acls.all(balancer.region), (acl) => need(acl.associatedArns).includes(balancer.arn));
      const firewall = firstWhere(firewalls, ([, acls]) => protector(acls) !== undefined);
      if (!firewall) return fail(`Application Load Balancer ${balancer.name} is not protected by any WAF web ACL.`);
      const [kind, acls] = firewall;
      return pass(`Application Load Balancer ${balancer.name} is protected by ${kind} web ACL ${protector(acls)?.name ?? ''}.`);
    });
  },
});
