import {
  DescribeOrganizationCommand,
  ListDelegatedAdministratorsCommand,
  ListPoliciesCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const ORGANIZATION = { Arn: 'arn:aws:organizations::999988887777:organization/o-abc123', Id: 'o-abc123', MasterAccountId: '999988887777' };

function denied(): Error {
  return Object.assign(new Error('You don’t have permissions to access this resource.'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
}

// moto answers every Organizations call these collections make; what it cannot show is a member
// account, which AWS denies the organization-wide listings, and the paging limits.
const organizations = mockClient(OrganizationsClient);
afterEach(() => organizations.reset());
afterAll(() => organizations.restore());

describe('Organizations seen from a member account', () => {
  it('records denied listings as failures, so the checks that need them report errors, not verdicts', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
    organizations.on(ListPoliciesCommand).rejects(denied());
    organizations.on(ListDelegatedAdministratorsCommand).rejects(denied());

    const loaded = await loadService(scope(), 'organizations');

    expect(readAll(loaded.organization)).toEqual([expect.objectContaining({ id: 'o-abc123', status: 'ACTIVE', managementAccountId: '999988887777' })]);
    expect(() => loaded.delegatedAdministrators.all()).toThrow(/ListDelegatedAdministrators failed in us-east-1: AccessDeniedException/);
    for (const dependent of [loaded.policies, loaded.policyContents, loaded.policyAttachments]) expect(() => dependent.all()).toThrow(/ListPolicies failed/);
  });
});

describe('Organizations paging', () => {
  it('asks for the largest pages, one listing per judged policy type, and stops at the first target', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: ORGANIZATION });
    organizations.on(ListPoliciesCommand).callsFake((input: { Filter: string; MaxResults?: number }) => {
      expect(input.MaxResults).toBe(20);
      return input.Filter === 'TAG_POLICY' ? { Policies: [{ Arn: `${ORGANIZATION.Arn}/tag_policy/p-tags`, Id: 'p-tags', Name: 'tags', AwsManaged: false }] } : { Policies: [] };
    });
    organizations.on(ListTargetsForPolicyCommand).callsFake((input: { NextToken?: string; MaxResults?: number }) => {
      expect(input.MaxResults).toBe(20);
      // AWS may hand out an empty first page with a token: the next one is read.
      return input.NextToken ? { Targets: [{ TargetId: 'r-root' }], NextToken: 'more' } : { Targets: [], NextToken: 'page-2' };
    });

    const loaded = await loadService(scope(), 'organizations', ['policyAttachments']);

    expect(organizations.commandCalls(ListPoliciesCommand).map((call) => call.args[0].input.Filter)).toEqual(['SERVICE_CONTROL_POLICY', 'TAG_POLICY', 'AISERVICES_OPT_OUT_POLICY']);
    expect(readAll(loaded.policyAttachments)).toEqual([expect.objectContaining({ id: 'p-tags', type: 'TAG_POLICY', attached: true })]);
    expect(organizations.commandCalls(ListTargetsForPolicyCommand)).toHaveLength(2);
  });
});
