import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { vaultPolicy } from '../../../test/helpers/fixtures/glacier.js';
import type { PolicyStatement } from '../../../src/services/policy.js';
import check from './glacier_vaults_policy_public_access.js';

const statement = (overrides: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Action: ['glacier:GetJobOutput'], ...overrides });

testCheck(check, [
  { name: 'no vaults', expect: [] },
  {
    name: 'an Allow to * fails whatever its conditions; other principals and Denies pass',
    given: ({ glacier }) => {
      glacier.vaultPolicies.add(vaultPolicy('none', null));
      glacier.vaultPolicies.add(vaultPolicy('partner', { Statement: [statement({ Principal: { AWS: ['arn:aws:iam::111122223333:root'] } })] }));
      glacier.vaultPolicies.add(vaultPolicy('everyone', { Statement: [statement({ Principal: { AWS: ['*'] } })] }));
      glacier.vaultPolicies.add(vaultPolicy('canonical', { Statement: [statement({ Principal: { CanonicalUser: ['*'] } })] }, { region: 'us-east-1' }));
      glacier.vaultPolicies.add(
        vaultPolicy('conditioned', { Statement: [statement({ Principal: { AWS: ['*'] }, Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } } })] }),
      );
      glacier.vaultPolicies.add(vaultPolicy('denied', { Statement: [statement({ Effect: 'Deny', Principal: { AWS: ['*'] } })] }));
    },
    expect: [
      { status: 'PASS', resource: 'none', detail: 'no access policy' },
      { status: 'PASS', resource: 'partner' },
      { status: 'FAIL', resource: 'everyone' },
      { status: 'FAIL', resource: 'canonical', region: 'us-east-1' },
      { status: 'FAIL', resource: 'conditioned' },
      { status: 'PASS', resource: 'denied' },
    ],
  },
  { name: 'an unread policy is an error', given: ({ glacier }) => glacier.vaultPolicies.add(vaultPolicy('x', unreadBy('glacier', 'GetVaultAccessPolicy'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetVaultAccessPolicy' }] },
  { name: 'a failed listing is an error', given: ({ glacier }) => glacier.vaultPolicies.fail({ region: 'eu-west-1', operation: 'ListVaults', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'glacier:ListVaults' }] },
]);
