import {
  AttachPolicyCommand,
  CreateAccountCommand,
  CreateOrganizationCommand,
  CreatePolicyCommand,
  EnablePolicyTypeCommand,
  ListRootsCommand,
  OrganizationsClient,
  RegisterDelegatedAdministratorCommand,
} from '@aws-sdk/client-organizations';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

const DENY_OTHER_REGIONS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } }],
};
const TAG_RULES = { tags: { team: { tag_key: { '@@assign': 'team' } } } };
const OPT_OUT = { services: { default: { opt_out_policy: { '@@assign': 'optOut', '@@operators_allowed_for_child_policies': ['@@none'] } } } };

describe('Organizations collections against moto', () => {
  beforeEach(resetMoto);

  it('a standalone account reads as Prowler\'s placeholder organization and lists nothing more', async () => {
    const service = await loadService(await motoScope(REGIONS), 'organizations');
    expect(failuresIn(service)).toEqual([]);
    expect(readAll(service.organization)).toEqual([
      { arn: `arn:aws:organizations::${MOTO_ACCOUNT}:unknown`, id: 'unknown', region: 'us-east-1', tags: {}, status: 'NOT_AVAILABLE', managementAccountId: '' },
    ]);
    expect([...service.delegatedAdministrators.all(), ...service.policies.all(), ...service.policyContents.all(), ...service.policyAttachments.all()]).toEqual([]);
  });

  it('reads the organization, its delegated administrators and its policies with their documents and targets', async () => {
    const organizations = new OrganizationsClient(seedConfig('us-east-1'));
    const { Organization: created } = await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const { Roots: [root] = [] } = await organizations.send(new ListRootsCommand({}));
    for (const type of ['TAG_POLICY', 'AISERVICES_OPT_OUT_POLICY'] as const) {
      await organizations.send(new EnablePolicyTypeCommand({ RootId: root!.Id, PolicyType: type }));
    }
    const member = await organizations.send(new CreateAccountCommand({ AccountName: 'security', Email: 'security@example.com' }));
    const memberId = member.CreateAccountStatus!.AccountId!;
    await organizations.send(new RegisterDelegatedAdministratorCommand({ AccountId: memberId, ServicePrincipal: 'guardduty.amazonaws.com' }));

    const create = async (type: 'SERVICE_CONTROL_POLICY' | 'TAG_POLICY' | 'AISERVICES_OPT_OUT_POLICY', name: string, content: unknown) => {
      const { Policy: policy } = await organizations.send(new CreatePolicyCommand({ Name: name, Type: type, Description: name, Content: JSON.stringify(content) }));
      return policy!.PolicySummary!;
    };
    const scp = await create('SERVICE_CONTROL_POLICY', 'regions', DENY_OTHER_REGIONS);
    const attachedTags = await create('TAG_POLICY', 'team-tags', TAG_RULES);
    const idleTags = await create('TAG_POLICY', 'idle-tags', TAG_RULES);
    const optOut = await create('AISERVICES_OPT_OUT_POLICY', 'opt-out', OPT_OUT);
    await organizations.send(new AttachPolicyCommand({ PolicyId: attachedTags.Id, TargetId: root!.Id }));

    const service = await loadService(await motoScope(REGIONS), 'organizations');

    expect(failuresIn(service)).toEqual([]);
    expect(readAll(service.organization)).toEqual([
      { arn: created!.Arn, id: created!.Id, region: 'us-east-1', tags: {}, status: 'ACTIVE', managementAccountId: MOTO_ACCOUNT },
    ]);
    expect(readAll(service.delegatedAdministrators)).toEqual([expect.objectContaining({ id: memberId, name: 'security', region: 'us-east-1' })]);

    const byId = (rows: { id: string }[]) => Object.fromEntries(rows.map((row) => [row.id, row]));
    const contents = byId(readAll(service.policyContents));
    expect(contents[scp.Id!]).toMatchObject({ arn: scp.Arn, type: 'SERVICE_CONTROL_POLICY', content: DENY_OTHER_REGIONS });
    expect(contents[optOut.Id!]).toMatchObject({ type: 'AISERVICES_OPT_OUT_POLICY', content: OPT_OUT });
    // The AWS managed FullAWSAccess SCP is listed too.
    expect(readAll(service.policies).filter((policy) => policy.awsManaged).map((policy) => policy.name)).toEqual(['FullAWSAccess']);

    const attachments = byId(readAll(service.policyAttachments));
    expect(attachments[attachedTags.Id!]).toMatchObject({ type: 'TAG_POLICY', attached: true });
    expect(attachments[idleTags.Id!]).toMatchObject({ type: 'TAG_POLICY', attached: false });
  });
});
