import { defineCheck, manual } from '../../../src/checks/check.js';

// GetAlternateContact could tell whether a security contact is set, but Prowler leaves this check to a person (MANUAL); it stays MANUAL to report the same verdict.
export default defineCheck({
  id: 'account_security_contact_information_is_registered',
  // Reported about the account, whose contacts record is always there (only its details may be unread).
  uses: { accountcontacts: ['contacts'] },
  run({ accountcontacts }, report) {
    report.each(accountcontacts.contacts, () => manual('Confirm by hand that a security contact is registered: in the console, open the account menu, then Account, then Alternate contacts, and look at the Security section.'));
  },
});
