import { defineCheck, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';
import type { LogGroup } from '../../../src/services/cloudwatch/cloudwatch.js';

export default defineCheck({
  id: 'cloudwatch_log_group_not_publicly_accessible',
  uses: { cloudwatch: ['logGroups', 'logResourcePolicies'] },
  run({ cloudwatch }, report) {
    // As in Prowler, once any statement of a policy is public, every resource any of its statements
    // names is taken as public, in whichever region: a `*` names every log group of the account.
    const publicResources = () =>
      cloudwatch.logResourcePolicies
        .all()
        .filter(({ policy }) => isPolicyPublic(policy))
        .flatMap(({ policy }) => policy.Statement.flatMap((statement) => statement.Resource ?? []));
    const isNamed = (group: LogGroup) => publicResources().some((resource) => resource === '*' || resource.includes(group.arn));
    report.each(cloudwatch.logGroups, (group) =>
      verdict(!isNamed(group), `Log group ${group.id} is not made public by a resource policy.`, `Log group ${group.id} is made public by a resource policy.`),
    );
  },
});
