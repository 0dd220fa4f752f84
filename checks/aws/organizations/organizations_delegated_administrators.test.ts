import { testCheck } from '../../../test/helpers/check-cases.js';
import { activeOrganization, delegatedAdministrator, noOrganization } from '../../../test/helpers/fixtures/organizations.js';
import check from './organizations_delegated_administrators.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'a standalone account is not judged',
    given: ({ organizations }) => organizations.organization.add(noOrganization()),
    expect: [],
  },
  {
    name: 'no delegated administrators passes',
    given: ({ organizations }) => organizations.organization.add(activeOrganization()),
    expect: [{ status: 'PASS', resource: 'o-abc123def4', region: 'us-east-1', detail: 'no delegated administrators' }],
  },
  {
    name: 'an untrusted delegated administrator fails',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.delegatedAdministrators.add(delegatedAdministrator('444455556666'));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4', detail: 'untrusted delegated administrator: 444455556666' }],
  },
  {
    name: 'a trusted delegated administrator passes',
    config: { organizations_trusted_delegated_administrators: ['444455556666'] },
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.delegatedAdministrators.add(delegatedAdministrator('444455556666'));
    },
    expect: [{ status: 'PASS', resource: 'o-abc123def4', detail: 'trusted delegated administrator: 444455556666' }],
  },
  {
    name: 'the last administrator listed decides, as in Prowler',
    config: { organizations_trusted_delegated_administrators: ['777788889999'] },
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.delegatedAdministrators.add(delegatedAdministrator('444455556666'));
      organizations.delegatedAdministrators.add(delegatedAdministrator('777788889999'));
    },
    expect: [{ status: 'PASS', resource: 'o-abc123def4', detail: '777788889999' }],
  },
  {
    name: 'unlisted administrators are an error',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.delegatedAdministrators.fail({ region: 'us-east-1', operation: 'ListDelegatedAdministrators', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'o-abc123def4', detail: 'ListDelegatedAdministrators failed' }],
  },
]);
