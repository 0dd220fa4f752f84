import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

/** The stack `cdk bootstrap` deploys under its default qualifier. */
const CDK_TOOLKIT_STACK = 'CDKToolkit';

export default defineCheck({
  id: 'cloudformation_stack_cdktoolkit_bootstrap_version',
  uses: { cloudformation: ['stacks'] },
  config: ['recommended_cdk_bootstrap_version'],
  run({ cloudformation, config }, report) {
    const recommended = config.recommended_cdk_bootstrap_version;
    report.each(cloudformation.stacks, (stack) => {
      if (stack.name !== CDK_TOOLKIT_STACK) return notApplicable('not a CDK bootstrap stack');
      const version = bootstrapVersion(stack.bootstrapVersion);
      if (!version) return notApplicable('the bootstrap stack states no bootstrap version');
      return verdict(
        version >= recommended,
        `CloudFormation stack ${stack.name} has bootstrap version ${version}, at least the recommended ${recommended}.`,
        `CloudFormation stack ${stack.name} has bootstrap version ${version}, older than the recommended ${recommended}.`,
      );
    });
  },
});

/**
 * The integer the BootstrapVersion output holds, read as Prowler reads it (up to a second colon);
 * undefined when there is none or it is not a whole number.
 */
function bootstrapVersion(output: string | null): number | undefined {
  const text = output?.split(':')[0]?.trim() ?? '';
  return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}
