import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'account_maintain_different_contact_details_to_security_billing_and_operations',
  uses: { accountcontacts: ['contacts'] },
  run({ accountcontacts }, report) {
    report.each(accountcontacts.contacts, (contacts) => {
      const primary = need(contacts.primary);
      const alternates = [need(contacts.billing), need(contacts.security), need(contacts.operations)];
      // As in Prowler, a missing alternate contact counts as one more distinct (empty) value, so
      // one contact left unset does not by itself fail the check.
      const distinct = (values: (string | undefined)[]) => new Set(values).size;
      const allDifferent =
        distinct([primary.phoneNumber, ...alternates.map((alternate) => alternate?.phoneNumber)]) === 4 &&
        distinct([primary.name, ...alternates.map((alternate) => alternate?.name)]) === 4 &&
        distinct(alternates.map((alternate) => alternate?.email)) === 3;
      return verdict(
        allDifferent,
        'The security, billing and operations contacts are set and differ from each other and from the primary contact.',
        'The security, billing and operations contacts are not all set, or some of them share details with each other or with the primary contact.',
      );
    });
  },
});
