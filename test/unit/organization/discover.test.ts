import {
  DescribeOrganizationCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { listOrganization } from '../../../src/organization/discover.js';

const organizations = mockClient(OrganizationsClient);
const settings = { region: 'us-east-1', credentials: () => Promise.resolve({ accessKeyId: 'a', secretAccessKey: 'b' }) };

afterEach(() => organizations.reset());

describe('listOrganization', () => {
  it('walks the OU tree page by page, with each account’s path, tags and state', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abc', MasterAccountId: '111111111111' } });
    organizations.on(ListRootsCommand).resolves({ Roots: [{ Id: 'r-root' }] });
    organizations
      .on(ListAccountsForParentCommand, { ParentId: 'r-root' })
      .resolves({ Accounts: [{ Id: '111111111111', Name: 'management', State: 'ACTIVE' }] })
      .on(ListAccountsForParentCommand, { ParentId: 'ou-root-prod0001', NextToken: undefined })
      .resolves({ Accounts: [{ Id: '333333333333', Name: 'prod-b', Email: 'b@example.com', State: 'SUSPENDED' }], NextToken: 'page-2' })
      .on(ListAccountsForParentCommand, { ParentId: 'ou-root-prod0001', NextToken: 'page-2' })
      .resolves({ Accounts: [{ Id: '222222222222', Name: 'prod-a', Email: 'a@example.com', Status: 'ACTIVE' }] })
      .on(ListAccountsForParentCommand, { ParentId: 'ou-root-web00001' })
      .resolves({ Accounts: [] });
    organizations
      .on(ListOrganizationalUnitsForParentCommand, { ParentId: 'r-root' })
      .resolves({ OrganizationalUnits: [{ Id: 'ou-root-prod0001', Name: 'Prod' }] })
      .on(ListOrganizationalUnitsForParentCommand, { ParentId: 'ou-root-prod0001' })
      .resolves({ OrganizationalUnits: [{ Id: 'ou-root-web00001', Name: 'Web' }] })
      .on(ListOrganizationalUnitsForParentCommand, { ParentId: 'ou-root-web00001' })
      .resolves({ OrganizationalUnits: [] });
    organizations.on(ListTagsForResourceCommand).resolves({ Tags: [] }).on(ListTagsForResourceCommand, { ResourceId: '222222222222' }).resolves({ Tags: [{ Key: 'team', Value: 'blue' }] });

    const listed = await listOrganization(settings);
    expect(listed.id).toBe('o-abc');
    expect([...listed.units.entries()]).toEqual([
      ['ou-root-prod0001', [{ id: 'ou-root-prod0001', name: 'Prod' }]],
      ['ou-root-web00001', [{ id: 'ou-root-prod0001', name: 'Prod' }, { id: 'ou-root-web00001', name: 'Web' }]],
    ]);
    expect(listed.accounts.map((a) => [a.id, a.name, a.ouPath.map((u) => u.name).join('/'), a.tags, a.active])).toEqual([
      ['111111111111', 'management', '', {}, true],
      ['222222222222', 'prod-a', 'Prod', { team: 'blue' }, true],
      ['333333333333', 'prod-b', 'Prod', {}, false],
    ]);
  });

  it('names the call and the credentials it needs when the caller may not list the organization', async () => {
    organizations.on(DescribeOrganizationCommand).rejects(Object.assign(new Error('You are not authorized'), { name: 'AccessDeniedException' }));
    await expect(listOrganization(settings)).rejects.toThrow(
      /^cannot list the organization \(organizations:DescribeOrganization\): AccessDeniedException: You are not authorized\. Run --organization with credentials of the management account/,
    );
  });
});
