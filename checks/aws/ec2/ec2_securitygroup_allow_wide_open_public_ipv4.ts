import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { isGlobalAddress, prefixLengthOf } from '../../../src/checks/global-address.js';
import { securityGroupInScope, securityGroupLabel } from '../../../src/checks/port-exposure.js';

/** Public ranges shorter than this prefix (more than 256 addresses) count as wide open; /0 is the other checks' business. */
const WIDEST_ACCEPTED_PREFIX = 24;

export default defineCheck({
  id: 'ec2_securitygroup_allow_wide_open_public_ipv4',
  uses: { ec2: ['securityGroups'] },
  run({ ec2, options }, report) {
    report.each(ec2.securityGroups, (group) => {
      if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
      const wideOpen = (cidr: string) => {
        const prefixLength = prefixLengthOf(cidr) ?? 0;
        return prefixLength > 0 && prefixLength < WIDEST_ACCEPTED_PREFIX && isGlobalAddress(cidr);
      };
      const ranges = [...group.ingressRules, ...group.egressRules].flatMap((rule) => rule.ipv4Ranges);
      const wide = ranges.find(wideOpen);
      return verdict(
        wide === undefined,
        `${securityGroupLabel(group)} has no rule for a wide public IPv4 range.`,
        `${securityGroupLabel(group)} has a rule for the wide public IPv4 range ${wide ?? ''}.`,
      );
    });
  },
});
