import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { accountContacts, contact } from '../../../test/helpers/fixtures/accountcontacts.js';
import type { AccountContacts } from '../../../src/services/accountcontacts/accountcontacts.js';
import type { Given } from '../../../test/helpers/fixtures/account.js';
import check from './account_maintain_different_contact_details_to_security_billing_and_operations.js';

const withContacts = (name: string, overrides: Given<AccountContacts>, status: 'PASS' | 'FAIL'): CheckCase<typeof check.uses> => ({
  name,
  given: ({ accountcontacts }) => accountcontacts.contacts.add(accountContacts(overrides)),
  expect: [{ status, resource: '111122223333', region: 'us-east-1' }],
});

testCheck(check, [
  { name: 'contacts not read at all', expect: [] },
  withContacts('four distinct contacts pass', {}, 'PASS'),
  withContacts('security sharing billing details fails', { security: contact('billing') }, 'FAIL'),
  withContacts('an operations phone shared with the primary contact fails', { operations: { ...contact('operations'), phoneNumber: '+1-555-owner' } }, 'FAIL'),
  withContacts('two alternate contacts sharing an email fail', { operations: { ...contact('operations'), email: 'billing@example.com' } }, 'FAIL'),
  // Prowler counts a missing contact's empty details as one more distinct value.
  withContacts('one missing alternate contact still passes, as in Prowler', { billing: null }, 'PASS'),
  withContacts('two missing alternate contacts fail', { billing: null, operations: null }, 'FAIL'),
  {
    name: 'an alternate contact that could not be read is an error',
    given: ({ accountcontacts }) => accountcontacts.contacts.add(accountContacts({ security: unreadBy('accountcontacts', 'GetAlternateContact(SECURITY)', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'GetAlternateContact(SECURITY) failed' }],
  },
  {
    name: 'contacts that could not be read at all are an error',
    given: ({ accountcontacts }) => accountcontacts.contacts.fail({ region: 'us-east-1', operation: 'GetContactInformation', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'accountcontacts:GetContactInformation', region: 'us-east-1' }],
  },
]);
