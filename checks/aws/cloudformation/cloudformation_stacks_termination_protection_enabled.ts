import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudformation_stacks_termination_protection_enabled',
  uses: { cloudformation: ['stacks'] },
  run({ cloudformation }, report) {
    report.each(cloudformation.stacks, (stack) => {
      // A nested stack takes its protection from its root stack, which is judged instead.
      if (stack.nested) return notApplicable('nested stack');
      return verdict(
        stack.terminationProtection,
        `CloudFormation stack ${stack.name} has termination protection enabled.`,
        `CloudFormation stack ${stack.name} has termination protection disabled.`,
      );
    });
  },
});
