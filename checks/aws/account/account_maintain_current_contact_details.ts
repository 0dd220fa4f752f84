import { defineCheck, manual } from '../../../src/checks/check.js';

// No API says whether contact details are current: a person has to judge them.
export default defineCheck({
  id: 'account_maintain_current_contact_details',
  // Reported about the account, whose contacts record is always there (only its details may be unread).
  uses: { accountcontacts: ['contacts'] },
  run({ accountcontacts }, report) {
    report.each(accountcontacts.contacts, () => manual("Review the account's contact information by hand: in the console, open the account menu, then Account, then Contact information."));
  },
});
