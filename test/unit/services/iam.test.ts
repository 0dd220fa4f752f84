import {
  GenerateServiceLastAccessedDetailsCommand,
  GetAccountAuthorizationDetailsCommand,
  GetPolicyVersionCommand,
  GetServiceLastAccessedDetailsCommand,
  IAMClient,
  ListOrganizationsFeaturesCommand,
  ListPoliciesCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { failureOf, need } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (resource: string) => `arn:aws:iam::${FIXTURE_ACCOUNT.id}:${resource}`;
const TRUST_LAMBDA = encodeURIComponent(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }));

function awsError(name: string): Error {
  return Object.assign(new Error(`${name}: refused`), { name, $metadata: { httpStatusCode: 400 } });
}

// moto 5.2.1 has neither service last accessed jobs nor ListOrganizationsFeatures.
const iam = mockClient(IAMClient);
afterEach(() => iam.reset());
afterAll(() => iam.restore());

describe('IAM service last accessed data', () => {
  function withIdentities() {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [
        { UserName: 'alice', Arn: arn('user/alice') },
        { UserName: 'bob', Arn: arn('user/bob') },
      ],
      RoleDetailList: [{ RoleName: 'app', Arn: arn('role/app'), AssumeRolePolicyDocument: TRUST_LAMBDA }],
    });
    iam.on(GenerateServiceLastAccessedDetailsCommand).callsFake((input: { Arn: string }) => ({ JobId: `job-${input.Arn.split('/').pop()}` }));
  }

  it('waits for each job, reads every page of its services, and reads users and roles apart', async () => {
    withIdentities();
    const polls = new Map<string, number>();
    iam.on(GetServiceLastAccessedDetailsCommand).callsFake((input: { JobId: string; MaxItems?: number; Marker?: string }) => {
      expect(input.MaxItems).toBe(1000);
      const seen = (polls.get(input.JobId) ?? 0) + 1;
      polls.set(input.JobId, seen);
      if (input.JobId === 'job-alice' && seen === 1) return { JobStatus: 'IN_PROGRESS' };
      if (input.JobId === 'job-alice' && input.Marker === undefined) {
        return { JobStatus: 'COMPLETED', IsTruncated: true, Marker: 'page-2', ServicesLastAccessed: [{ ServiceNamespace: 'bedrock', LastAuthenticated: new Date('2025-11-01T00:00:00Z') }] };
      }
      if (input.JobId === 'job-alice') return { JobStatus: 'COMPLETED', ServicesLastAccessed: [{ ServiceNamespace: 'sagemaker' }] };
      if (input.JobId === 'job-bob') return { JobStatus: 'FAILED', Error: { Message: 'internal error', Code: 'InternalError' } };
      return { JobStatus: 'COMPLETED', ServicesLastAccessed: [{ ServiceNamespace: 's3' }] };
    });

    const users = await loadService(scope(), 'iam', ['userServiceAccess']);
    const alice = users.userServiceAccess.all().find((user) => user.id === 'alice')!;
    expect(need(alice.services)).toEqual([
      { namespace: 'bedrock', lastAuthenticated: new Date('2025-11-01T00:00:00Z') },
      { namespace: 'sagemaker', lastAuthenticated: null },
    ]);
    expect(alice).toMatchObject({ arn: arn('user/alice'), region: 'us-east-1' });
    const bob = users.userServiceAccess.all().find((user) => user.id === 'bob')!;
    expect(failureOf(bob.services)).toMatchObject({ operation: 'GetServiceLastAccessedDetails', resourceArn: arn('user/bob') });
    expect(failureOf(bob.services)?.message).toContain('FAILED: internal error');
    // Only users were asked for: the roles' jobs are for the role check alone.
    expect(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).map((call) => call.args[0].input.Arn).sort()).toEqual([arn('user/alice'), arn('user/bob')]);

    iam.resetHistory();
    const roles = await loadService(scope(), 'iam', ['roleServiceAccess']);
    expect(readAll(roles.roleServiceAccess)).toEqual([expect.objectContaining({ id: 'app', services: [{ namespace: 's3', lastAuthenticated: null }] })]);
    expect(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).map((call) => call.args[0].input.Arn)).toEqual([arn('role/app')]);
  });

  it('a job that cannot be started leaves that identity unread, naming the call', async () => {
    withIdentities();
    iam.on(GenerateServiceLastAccessedDetailsCommand).rejects(awsError('AccessDenied'));
    const loaded = await loadService(scope(), 'iam', ['userServiceAccess']);
    expect(loaded.userServiceAccess.all()).toHaveLength(2);
    for (const user of loaded.userServiceAccess.all()) expect(failureOf(user.services)).toMatchObject({ operation: 'GenerateServiceLastAccessedDetails', resourceArn: user.arn });
    expect(iam.commandCalls(GetServiceLastAccessedDetailsCommand)).toHaveLength(0);
  });

  it('a failed identity listing fails the collection with the listing call', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    const loaded = await loadService(scope(), 'iam', ['userServiceAccess']);
    expect(() => loaded.userServiceAccess.all()).toThrow(/GetAccountAuthorizationDetails/);
  });
});

describe('IAM organizations features', () => {
  it('reads the enabled features', async () => {
    iam.on(ListOrganizationsFeaturesCommand).resolves({ OrganizationId: 'o-abc123', EnabledFeatures: ['RootCredentialsManagement'] });
    const loaded = await loadService(scope(), 'iam', ['organizationsFeatures']);
    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.organizationsFeatures)).toEqual([
      { arn: arn('organizations-features'), id: FIXTURE_ACCOUNT.id, region: 'us-east-1', tags: {}, enabledFeatures: ['RootCredentialsManagement'] },
    ]);
  });

  it.each([
    ['OrganizationNotFoundException', []],
    ['ServiceAccessNotEnabledException', []],
    ['OrganizationNotInAllFeaturesModeException', []],
    ['AccountNotManagementOrDelegatedAdministratorException', null],
  ])('%s reads as %j', async (errorName, expected) => {
    iam.on(ListOrganizationsFeaturesCommand).rejects(awsError(errorName));
    const loaded = await loadService(scope(), 'iam', ['organizationsFeatures']);
    expect(failuresIn(loaded)).toEqual([]);
    expect(need(loaded.organizationsFeatures.all()[0]!.enabledFeatures)).toEqual(expected);
  });

  it('a denied call leaves the features unread', async () => {
    iam.on(ListOrganizationsFeaturesCommand).rejects(awsError('AccessDenied'));
    const loaded = await loadService(scope(), 'iam', ['organizationsFeatures']);
    expect(failureOf(loaded.organizationsFeatures.all()[0]!.enabledFeatures)).toMatchObject({ operation: 'ListOrganizationsFeatures', region: 'us-east-1' });
  });
});

describe('IAM managed policies', () => {
  const document = (action: string) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] }));
  const customerPolicy = (name: string, attachments: number) => ({
    PolicyName: name,
    Arn: arn(`policy/${name}`),
    AttachmentCount: attachments,
    PolicyVersionList: [{ Document: document('s3:GetObject'), IsDefaultVersion: true }],
  });
  const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

  function withPolicies() {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ Policies: [customerPolicy('unattached-local', 0), customerPolicy('attached-local', 1)] });
    iam.on(ListPoliciesCommand).resolves({ Policies: [{ PolicyName: 'ReadOnlyAccess', Arn: READ_ONLY, AttachmentCount: 2, DefaultVersionId: 'v182' }] });
    iam.on(GetPolicyVersionCommand).callsFake((input: { VersionId: string }) => ({
      PolicyVersion: { Document: document(input.VersionId === 'v182' ? 'ec2:Describe*' : 'iam:*'), IsDefaultVersion: input.VersionId === 'v182' },
    }));
  }

  it('keeps the customer managed ones from the details and reads the default version of each attached AWS managed one', async () => {
    withPolicies();
    const loaded = await loadService(scope(), 'iam', ['managedPolicies']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.managedPolicies).map((read) => [read.arn, read.awsManaged, read.attachmentCount, read.document.Statement[0]?.Action])).toEqual([
      [arn('policy/unattached-local'), false, 0, ['s3:GetObject']],
      [arn('policy/attached-local'), false, 1, ['s3:GetObject']],
      [READ_ONLY, true, 2, ['ec2:Describe*']],
    ]);
    // AWS managed policies come with every version of every document in the details: they are not asked for there.
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)[0]!.args[0].input.Filter).not.toContain('AWSManagedPolicy');
    expect(iam.commandCalls(ListPoliciesCommand)[0]!.args[0].input).toMatchObject({ Scope: 'AWS', OnlyAttached: true });
  });

  it('leaves an AWS managed policy whose version could not be read unread, naming the call, and keeps the rest', async () => {
    withPolicies();
    iam.on(GetPolicyVersionCommand).rejects(awsError('AccessDenied'));
    const loaded = await loadService(scope(), 'iam', ['managedPolicies']);

    const readOnly = loaded.managedPolicies.all().find((policy) => policy.arn === READ_ONLY)!;
    expect(() => need(readOnly.document)).toThrow(/GetPolicyVersion/);
    expect(loaded.managedPolicies.all()).toHaveLength(3);
  });

  it('fails the collection, naming ListPolicies, when the attached AWS managed policies cannot be listed', async () => {
    withPolicies();
    iam.on(ListPoliciesCommand).rejects(awsError('AccessDenied'));
    const loaded = await loadService(scope(), 'iam', ['managedPolicies']);

    expect(failuresIn(loaded).map((failure) => failure.operation)).toEqual(['ListPolicies']);
    expect(() => loaded.managedPolicies.all()).toThrow(/ListPolicies/);
  });
});
