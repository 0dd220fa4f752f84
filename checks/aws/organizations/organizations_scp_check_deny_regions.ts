import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import { isJsonObject, jsonAt } from '../../../src/checks/json-value.js';

/** How SCP statements confine regions: Deny outside a list, or Allow inside one. */
const REGION_LIMITS = [
  { effect: 'Deny', operator: 'StringNotEquals' },
  { effect: 'Allow', operator: 'StringEquals' },
] as const;

/**
 * Whether `allowed` (an aws:RequestedRegion condition value) names `region`: a list must hold it,
 * a single string is searched for it as a substring, as Prowler does.
 */
function names(allowed: unknown, region: string): boolean {
  if (Array.isArray(allowed)) return allowed.includes(region);
  return typeof allowed === 'string' && allowed.includes(region);
}

/** For each statement that confines regions, whether it covers every enabled region. */
function regionLimits(content: unknown, enabledRegions: readonly string[]): boolean[] {
  const statements = jsonAt(content, 'Statement') ?? [];
  return (Array.isArray(statements) ? statements : [statements]).flatMap((statement: unknown) =>
    REGION_LIMITS.flatMap(({ effect, operator }) => {
      if (jsonAt(statement, 'Effect') !== effect) return [];
      const block = jsonAt(statement, 'Condition', operator);
      if (!isJsonObject(block) || !('aws:RequestedRegion' in block)) return [];
      return [enabledRegions.every((region) => names(block['aws:RequestedRegion'], region))];
    }),
  );
}

export default defineCheck({
  id: 'organizations_scp_check_deny_regions',
  uses: { organizations: ['organization', 'policyContents'] },
  config: ['organizations_enabled_regions'],
  run({ organizations, config }, report) {
    const enabledRegions = config.organizations_enabled_regions;
    report.each(organizations.organization, (organization) => {
      if (organization.status !== 'ACTIVE') return fail('The account does not belong to any AWS Organization.');
      const scps = organizations.policyContents.all().filter((policy) => policy.type === 'SERVICE_CONTROL_POLICY');
      const covering = firstWhere(scps, (scp) => regionLimits(need(scp.content), enabledRegions).includes(true));
      if (covering) return pass(`AWS Organization ${organization.id} confines every configured region through SCP ${covering.id}.`);
      return fail(
        scps.some((scp) => regionLimits(need(scp.content), enabledRegions).length > 0)
          ? `AWS Organization ${organization.id} has SCPs that confine regions, but none covers every configured region.`
          : `AWS Organization ${organization.id} has no SCP that confines regions.`,
      );
    });
  },
});
