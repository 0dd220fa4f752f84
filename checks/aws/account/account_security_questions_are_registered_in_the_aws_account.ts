import { defineCheck, manual } from '../../../src/checks/check.js';

// No API reads the root user's security challenge questions.
export default defineCheck({
  id: 'account_security_questions_are_registered_in_the_aws_account',
  // Reported about the account, whose contacts record is always there (only its details may be unread).
  uses: { accountcontacts: ['contacts'] },
  run({ accountcontacts }, report) {
    report.each(accountcontacts.contacts, () => manual('Confirm by hand that security challenge questions are set: sign in as the root user, open the account menu, then Account, then Configure security challenge questions.'));
  },
});
