import { defineCheck, fail, manual, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'config_delegated_admin_and_org_aggregator_all_regions',
  uses: { configservice: ['aggregators', 'delegatedAdministrators'] },
  run({ configservice, account }, report) {
    // Only the management or delegated administrator account may ask; null means it could not.
    const delegation = () => configservice.delegatedAdministrators.all()[0]?.administrators ?? null;
    if (configservice.aggregators.found().length === 0) {
      const region = account.globalRegion;
      const subject = { arn: `arn:${account.partition}:config:${region}:${account.id}:config-aggregator/unknown`, id: 'unknown', region };
      report.about(subject, () => {
        configservice.aggregators.ensureListed();
        return fail('AWS Config has no organization aggregator in any region.');
      });
      return;
    }
    report.each(configservice.aggregators, (aggregator) => {
      const administrators = delegation();
      const issues = [
        administrators?.length === 0 && 'no delegated administrator registered for config.amazonaws.com',
        !aggregator.organizationWide && `aggregator ${aggregator.name} is not an organization aggregator`,
        aggregator.organizationWide && !aggregator.allAwsRegions && `aggregator ${aggregator.name} does not cover all AWS regions`,
      ].filter((issue) => issue !== false);
      const where = `AWS Config aggregator ${aggregator.name} in ${aggregator.region}`;
      const unknown = administrators === null ? '; whether config.amazonaws.com has a delegated administrator could not be told' : '';
      if (issues.length > 0) return fail(`${where} has issues: ${issues.join(', ')}${unknown}.`);
      if (administrators === null) {
        return manual(
          `${where} aggregates the organization in every region, but whether config.amazonaws.com has a delegated administrator could not be told: run this check from the organization's management or delegated administrator account.`,
        );
      }
      return pass(`${where} aggregates the organization in every region, and config.amazonaws.com has a delegated administrator.`);
    });
  },
});
