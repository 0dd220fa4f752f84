import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { accountContacts } from '../../../test/helpers/fixtures/accountcontacts.js';
import check from './account_security_contact_information_is_registered.js';

testCheck(check, [
  { name: 'contacts not read at all', expect: [] },
  {
    name: 'always left to a person, about the account in the global region, whatever its contacts',
    given: ({ accountcontacts }) => accountcontacts.contacts.add(accountContacts({ security: null, primary: unreadBy('accountcontacts', 'GetContactInformation', 'us-east-1') })),
    expect: [{ status: 'MANUAL', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'an account whose contacts could not be loaded is an error',
    given: ({ accountcontacts }) => accountcontacts.contacts.fail({ region: 'us-east-1', operation: 'loading contacts', message: 'boom' }),
    expect: [{ status: 'ERROR', resource: 'accountcontacts:loading contacts', region: 'us-east-1' }],
  },
]);
