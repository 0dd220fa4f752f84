import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateSAMLProviderCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  UpdateAccountPasswordPolicyCommand,
  UploadServerCertificateCommand,
} from '@aws-sdk/client-iam';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCredentialReport } from '../../src/services/iam/credential-report.js';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const ADMIN = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
const READ_BUCKETS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: 'arn:aws:s3:::reports/*' }],
});
const TRUST_EC2 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

const arn = (resource: string) => `arn:aws:iam::${MOTO_ACCOUNT}:${resource}`;

/** The collections moto 5.2.1 can answer; service last accessed data and organizations features are mocked in test/unit/services/iam.test.ts. */
const MOTO_COLLECTIONS = [
  'users',
  'groups',
  'roles',
  'managedPolicies',
  'inlinePolicies',
  'credentialReport',
  'passwordPolicy',
  'userMfaDevices',
  'virtualMfaDevices',
  'accountSummary',
  'samlProviders',
  'serverCertificates',
] as const;

describe('IAM collections against moto', () => {
  beforeEach(resetMoto);

  it('reads identities, policies, the credential report and the password policy', async () => {
    const iam = new IAMClient(seedConfig('us-east-1'));
    // alice: console password without MFA, one active access key, an admin policy and an inline one.
    await iam.send(new CreateUserCommand({ UserName: 'alice', Tags: [{ Key: 'team', Value: 'ops' }] }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: 'Correct-Horse-42' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
    // bob: console password with a virtual MFA device.
    await iam.send(new CreateUserCommand({ UserName: 'bob' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'bob', Password: 'Battery-Staple-42' }));
    const device = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'bob-phone' }));
    await iam.send(
      new EnableMFADeviceCommand({
        UserName: 'bob',
        SerialNumber: device.VirtualMFADevice!.SerialNumber,
        AuthenticationCode1: '123456',
        AuthenticationCode2: '654321',
      }),
    );
    // carol: programmatic only, an active and an inactive key.
    await iam.send(new CreateUserCommand({ UserName: 'carol' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }));
    const second = await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }));
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'carol', AccessKeyId: second.AccessKey!.AccessKeyId, Status: 'Inactive' }));

    const admin = await iam.send(new CreatePolicyCommand({ PolicyName: 'everything', PolicyDocument: ADMIN }));
    const reader = await iam.send(new CreatePolicyCommand({ PolicyName: 'read-reports', PolicyDocument: READ_BUCKETS }));
    await iam.send(new CreatePolicyCommand({ PolicyName: 'unused', PolicyDocument: ADMIN }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: admin.Policy!.Arn }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'alice-extra', PolicyDocument: READ_BUCKETS }));

    await iam.send(new CreateGroupCommand({ GroupName: 'admins' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'bob' }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'admins', PolicyArn: admin.Policy!.Arn }));
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'admins', PolicyName: 'group-reader', PolicyDocument: READ_BUCKETS }));

    await iam.send(new CreateRoleCommand({ RoleName: 'app', AssumeRolePolicyDocument: TRUST_EC2, Tags: [{ Key: 'env', Value: 'prod' }] }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'app', PolicyArn: reader.Policy!.Arn }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'app', PolicyName: 'role-admin', PolicyDocument: ADMIN }));

    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14, PasswordReusePrevention: 24, RequireSymbols: true }));

    const scope = await motoScope(['us-east-1']);
    const before = new Date();
    const service = await loadService(scope, 'iam', MOTO_COLLECTIONS);

    expect(failuresIn(service)).toEqual([]);

    expect(service.users.all().map((u) => u.id).sort()).toEqual(['alice', 'bob', 'carol']);
    expect(resourceAt(service.users, arn('user/alice'))).toMatchObject({
      region: 'us-east-1',
      tags: { team: 'ops' },
      attachedPolicies: [{ name: 'everything', arn: admin.Policy!.Arn }],
      inlinePolicyNames: ['alice-extra'],
    });
    expect(resourceAt(service.users, arn('user/carol'))).toMatchObject({ attachedPolicies: [], inlinePolicyNames: [] });
    expect(resourceAt(service.groups, arn('group/admins'))).toMatchObject({
      attachedPolicies: [{ name: 'everything' }],
      inlinePolicyNames: ['group-reader'],
      memberNames: ['bob'],
    });
    expect(resourceAt(service.users, arn('user/bob'))).toMatchObject({ groupNames: ['admins'] });
    expect(readFields(resourceAt(service.roles, arn('role/app')))).toMatchObject({
      tags: { env: 'prod' },
      attachedPolicies: [{ name: 'read-reports', arn: reader.Policy!.Arn }],
      inlinePolicyNames: ['role-admin'],
      trustPolicy: { Statement: [{ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: ['sts:AssumeRole'] }] },
      isServiceRole: true,
    });

    expect(readFields(resourceAt(service.managedPolicies, admin.Policy!.Arn!))).toMatchObject({
      id: 'everything',
      awsManaged: false,
      attachmentCount: 2,
      document: { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] },
    });
    expect(resourceAt(service.managedPolicies, reader.Policy!.Arn!)).toMatchObject({ attachmentCount: 1 });
    expect(resourceAt(service.managedPolicies, arn('policy/unused'))).toMatchObject({ attachmentCount: 0 });

    expect(service.inlinePolicies.all().map((p) => p.id).sort()).toEqual(['admins/group-reader', 'alice/alice-extra', 'app/role-admin']);
    expect(readFields(resourceAt(service.inlinePolicies, `${arn('role/app')}:policy/role-admin`))).toMatchObject({
      identity: { kind: 'role', name: 'app', arn: arn('role/app') },
      document: { Statement: [{ Action: ['*'], Resource: ['*'] }] },
    });

    // moto's report has no <root_account> row.
    expect(service.credentialReport.all().map((e) => e.id).sort()).toEqual(['alice', 'bob', 'carol']);
    const alice = resourceAt(service.credentialReport, arn('user/alice'));
    expect(alice).toMatchObject({ root: false, passwordEnabled: true, mfaActive: false, tags: { team: 'ops' } });
    expect(alice.accessKeys[0]).toMatchObject({ active: true, lastUsed: null });
    expect(alice.accessKeys[0].lastRotated).toBeInstanceOf(Date);
    expect(alice.accessKeys[1]).toEqual({ active: false, lastRotated: null, lastUsed: null });
    expect(resourceAt(service.credentialReport, arn('user/bob'))).toMatchObject({ passwordEnabled: true, mfaActive: true });
    const carol = resourceAt(service.credentialReport, arn('user/carol'));
    expect(carol).toMatchObject({ passwordEnabled: false, passwordLastUsed: null });
    expect(carol.accessKeys.map((key) => key.active)).toEqual([true, false]);
    for (const entry of service.credentialReport.all()) expect(entry.readAt.getTime()).toBeGreaterThanOrEqual(before.getTime());

    const [passwordPolicy, ...others] = readAll(service.passwordPolicy);
    expect(others).toEqual([]);
    expect(passwordPolicy).toMatchObject({
      arn: `arn:aws:iam:us-east-1:${MOTO_ACCOUNT}:password-policy`,
      id: MOTO_ACCOUNT,
      rules: { minimumLength: 14, reusePrevention: 24, requireSymbols: true, requireNumbers: false },
    });
  });

  it('reads MFA devices, SAML providers, server certificates, the account summary and trust policies once for all regions', async () => {
    const iam = new IAMClient(seedConfig('us-east-1'));
    await iam.send(new CreateUserCommand({ UserName: 'app-user' }));
    const phone = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'app-user-phone' }));
    await iam.send(
      new EnableMFADeviceCommand({ UserName: 'app-user', SerialNumber: phone.VirtualMFADevice!.SerialNumber, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'token-user' }));
    await iam.send(new EnableMFADeviceCommand({ UserName: 'token-user', SerialNumber: 'GAHT12345678', AuthenticationCode1: '123456', AuthenticationCode2: '654321' }));
    await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'spare' }));
    await iam.send(new CreateSAMLProviderCommand({ Name: 'okta', SAMLMetadataDocument: 'a'.repeat(1000) }));
    await iam.send(new UploadServerCertificateCommand({ ServerCertificateName: 'legacy-elb', CertificateBody: 'body', PrivateKey: 'key' }));
    // A single Action string is what Prowler searches as a substring; an AWS principal is not a service.
    const webIdentity = { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' } };
    const partner = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'sts:AssumeRole' }] };
    await iam.send(new CreateRoleCommand({ RoleName: 'web-identity', AssumeRolePolicyDocument: JSON.stringify(webIdentity) }));
    await iam.send(new CreateRoleCommand({ RoleName: 'partner', AssumeRolePolicyDocument: JSON.stringify(partner) }));

    const service = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'iam', MOTO_COLLECTIONS);

    expect(failuresIn(service)).toEqual([]);
    expect(readFields(resourceAt(service.userMfaDevices, arn('user/app-user')))).toMatchObject({
      id: 'app-user',
      region: 'us-east-1',
      serialNumbers: [arn('mfa/app-user-phone')],
    });
    expect(readFields(resourceAt(service.userMfaDevices, arn('user/token-user')))).toMatchObject({ serialNumbers: ['GAHT12345678'] });
    expect(readAll(service.virtualMfaDevices).map(({ id, userArn }) => ({ id, userArn }))).toEqual(
      expect.arrayContaining([
        { id: arn('mfa/app-user-phone'), userArn: arn('user/app-user') },
        { id: arn('mfa/spare'), userArn: null },
      ]),
    );
    const [summary, ...otherSummaries] = readAll(service.accountSummary);
    expect(otherSummaries).toEqual([]);
    expect(summary).toMatchObject({ id: MOTO_ACCOUNT, region: 'us-east-1', counts: { AccountMFAEnabled: 0, Users: 2 } });
    expect(readAll(service.samlProviders)).toEqual([{ arn: arn('saml-provider/okta'), id: 'okta', name: 'okta', region: 'us-east-1', tags: {} }]);
    const [certificate, ...otherCertificates] = readAll(service.serverCertificates);
    expect(otherCertificates).toEqual([]);
    expect(certificate).toMatchObject({ arn: arn('server-certificate/legacy-elb'), name: 'legacy-elb', region: 'us-east-1' });
    expect(certificate!.expiration).toBeInstanceOf(Date);
    expect(readFields(resourceAt(service.roles, arn('role/web-identity')))).toMatchObject({
      isServiceRole: true,
      trustPolicy: { Statement: [{ Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRoleWithWebIdentity'] }] },
    });
    expect(readFields(resourceAt(service.roles, arn('role/partner')))).toMatchObject({
      isServiceRole: false,
      trustPolicy: { Statement: [{ Principal: { AWS: ['arn:aws:iam::999988887777:root'] } }] },
    });
  });

  it('an empty account has no identities, no password policy and no failures', async () => {
    const service = await loadService(await motoScope(['us-east-1']), 'iam', MOTO_COLLECTIONS);
    expect(failuresIn(service)).toEqual([]);
    expect([...service.users.all(), ...service.groups.all(), ...service.roles.all(), ...service.managedPolicies.all()]).toEqual([]);
    expect([...service.userMfaDevices.all(), ...service.virtualMfaDevices.all(), ...service.samlProviders.all(), ...service.serverCertificates.all()]).toEqual([]);
    expect(service.credentialReport.all()).toEqual([]);
    expect(readAll(service.passwordPolicy)).toEqual([expect.objectContaining({ id: MOTO_ACCOUNT, rules: null })]);
  });
});

// moto's report has no root row and never quotes: AWS's own format is fed in directly.
describe('the credential report as AWS writes it', () => {
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
    'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
    'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
    'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const rootRow =
    '<root_account>,arn:aws:iam::123456789012:root,2019-01-01T00:00:00+00:00,not_supported,2025-12-30T10:00:00+00:00,not_supported,not_supported,true,' +
    'true,2020-01-01T00:00:00+00:00,2025-12-31T09:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
  const quotedRow =
    '"ops,admin","arn:aws:iam::123456789012:user/ops,admin",2024-05-01T00:00:00+00:00,true,no_information,2024-05-01T00:00:00+00:00,N/A,false,' +
    'false,2024-05-02T00:00:00+00:00,N/A,N/A,N/A,true,2024-06-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A';

  const readAt = new Date('2026-01-01T00:00:00Z');

  it('reads the root row, quoted names, sentinels and CRLF line ends', () => {
    const entries = parseCredentialReport([header, rootRow, quotedRow, ''].join('\r\n'), 'us-east-1', readAt);
    expect(entries).toEqual([
      {
        arn: 'arn:aws:iam::123456789012:root',
        id: '<root_account>',
        region: 'us-east-1',
        tags: {},
        root: true,
        passwordEnabled: false,
        passwordLastUsed: new Date('2025-12-30T10:00:00Z'),
        mfaActive: true,
        accessKeys: [
          { active: true, lastRotated: new Date('2020-01-01T00:00:00Z'), lastUsed: new Date('2025-12-31T09:00:00Z') },
          { active: false, lastRotated: null, lastUsed: null },
        ],
        readAt,
      },
      expect.objectContaining({
        arn: 'arn:aws:iam::123456789012:user/ops,admin',
        id: 'ops,admin',
        root: false,
        passwordEnabled: true,
        passwordLastUsed: null,
        accessKeys: [
          { active: false, lastRotated: new Date('2024-05-02T00:00:00Z'), lastUsed: null },
          { active: true, lastRotated: new Date('2024-06-01T00:00:00Z'), lastUsed: null },
        ],
      }),
    ]);
  });

  it('rejects a row whose dates are not dates, so the report read fails instead of guessing', () => {
    expect(() => parseCredentialReport([header, rootRow.replace('2025-12-30T10:00:00+00:00', 'yesterday')].join('\n'), 'us-east-1', readAt)).toThrow(
      /password_last_used/,
    );
  });
});
