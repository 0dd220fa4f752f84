import {
  DescribeOrganizationConfigurationCommand,
  GetAdministratorAccountCommand,
  GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
  ListMembersCommand,
  ListOrganizationAdminAccountsCommand,
  GetDetectorCommand,
} from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readFields } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const denied = (name: string) => Object.assign(new Error('denied'), { name });
const arn = 'arn:aws:guardduty:eu-west-1:111122223333:detector/d-1';

// moto 5.2.1 has no ListFindings, ListMembers or DescribeOrganizationConfiguration.
describe('GuardDuty per-detector collections', () => {
  const guardduty = mockClient(GuardDutyClient);
  beforeEach(() => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d-1'] });
    guardduty.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: 'role' });
  });
  afterEach(() => guardduty.reset());
  afterAll(() => guardduty.restore());

  it('counts unarchived severity-8 findings over every page', async () => {
    guardduty.on(ListFindingsCommand).callsFake((input: { NextToken?: string }) => (input.NextToken ? { FindingIds: ['f-3'] } : { FindingIds: ['f-1', 'f-2'], NextToken: 'next' }));

    const loaded = await loadService(scope(), 'guardduty', ['detectorFindings']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.detectorFindings.all().map(readFields)).toMatchObject([{ arn, id: 'd-1', highSeverityFindings: 3 }]);
    const [call] = guardduty.commandCalls(ListFindingsCommand);
    expect(call?.args[0].input).toMatchObject({
      DetectorId: 'd-1',
      MaxResults: 50,
      FindingCriteria: { Criterion: { severity: { Eq: ['8'] }, 'service.archived': { Eq: ['false'] } } },
    });
  });

  it('reads the administrator and the members of each detector', async () => {
    guardduty.on(GetAdministratorAccountCommand).resolves({ Administrator: { AccountId: '999988887777', InvitationId: 'i', RelationshipStatus: 'Enabled', InvitedAt: 'now' } });
    guardduty.on(ListMembersCommand).resolves({ Members: [{ AccountId: '444455556666', Email: 'a@example.com', MasterId: 'x', RelationshipStatus: 'Enabled', UpdatedAt: 'now' }] });

    const loaded = await loadService(scope(), 'guardduty', ['detectorAdministration']);

    expect(loaded.detectorAdministration.all().map(readFields)).toMatchObject([{ id: 'd-1', administratorAccount: '999988887777', memberAccounts: ['444455556666'] }]);
  });

  it('makes no per-detector call in a region without a detector', async () => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });

    const loaded = await loadService(scope(), 'guardduty', ['detectorFindings', 'detectorAdministration']);

    expect(loaded.detectorFindings.all()).toEqual([]);
    expect(loaded.detectorAdministration.all()).toEqual([]);
    expect(guardduty.commandCalls(ListFindingsCommand)).toHaveLength(0);
    expect(guardduty.commandCalls(GetAdministratorAccountCommand)).toHaveLength(0);
  });

  it.each([
    { name: 'an enabled delegated administrator and auto-enable', admins: { AdminAccounts: [{ AdminAccountId: '999988887777', AdminStatus: 'ENABLED' as const }] }, org: { AutoEnableOrganizationMembers: 'ALL' as const }, expected: { delegatedAdministrator: true, autoEnableMembers: 'ALL' } },
    { name: 'no delegated administrator', admins: { AdminAccounts: [] }, org: { AutoEnableOrganizationMembers: 'NONE' as const }, expected: { delegatedAdministrator: false, autoEnableMembers: 'NONE' } },
    { name: 'one being disabled', admins: { AdminAccounts: [{ AdminAccountId: '999988887777', AdminStatus: 'DISABLE_IN_PROGRESS' as const }] }, org: {}, expected: { delegatedAdministrator: false, autoEnableMembers: 'NONE' } },
    { name: 'an entry naming no account', admins: { AdminAccounts: [{ AdminStatus: 'ENABLED' as const }] }, org: {}, expected: { delegatedAdministrator: null, autoEnableMembers: 'NONE' } },
  ])('reads the organization set-up: $name', async ({ admins, org, expected }) => {
    guardduty.on(ListOrganizationAdminAccountsCommand).resolves(admins);
    guardduty.on(DescribeOrganizationConfigurationCommand).resolves(org);

    const loaded = await loadService(scope(), 'guardduty', ['detectorOrganization']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.detectorOrganization.all().map(readFields)).toMatchObject([{ id: 'd-1', settings: { enabled: true }, ...expected }]);
  });

  it('an account outside the GuardDuty administration cannot tell, which is no failure; other errors are', async () => {
    guardduty.on(ListOrganizationAdminAccountsCommand).rejects(denied('AccessDeniedException'));
    guardduty.on(DescribeOrganizationConfigurationCommand).rejects(denied('BadRequestException'));

    const outsider = await loadService(scope(), 'guardduty', ['detectorOrganization']);

    expect(failuresIn(outsider)).toEqual([]);
    expect(outsider.detectorOrganization.all().map(readFields)).toMatchObject([{ delegatedAdministrator: null, autoEnableMembers: null }]);

    guardduty.on(DescribeOrganizationConfigurationCommand).rejects(denied('InternalServerErrorException'));
    const broken = await loadService(scope(), 'guardduty', ['detectorOrganization']);
    expect(() => readFields(broken.detectorOrganization.all()[0]!)).toThrow(/DescribeOrganizationConfiguration/);
  });

  it('a region without a detector asks for the organization configuration of none', async () => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    guardduty.on(ListOrganizationAdminAccountsCommand).resolves({ AdminAccounts: [] });

    const loaded = await loadService(scope(), 'guardduty', ['detectorOrganization']);

    expect(loaded.detectorOrganization.all().map(readFields)).toMatchObject([{ id: 'detector/unknown', enabledInAccount: false, settings: null, delegatedAdministrator: false, autoEnableMembers: null }]);
    expect(guardduty.commandCalls(DescribeOrganizationConfigurationCommand)).toHaveLength(0);
    expect(guardduty.commandCalls(GetDetectorCommand)).toHaveLength(0);
  });
});
