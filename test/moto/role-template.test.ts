import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { AwsProvider } from '../../src/provider/provider.js';
import { buildRoleTemplate, renderTemplate } from '../../src/role-template/template.js';
import { MOTO_ACCOUNT, motoEndpoint, resetMoto, seedConfig } from '../helpers/moto.js';

const EXTERNAL_ID = 'acme-2024-audit';

/** Deploys the template as the customer would, and returns the stack's outputs by key. */
async function deployRoleTemplate(): Promise<Record<string, string>> {
  const cloudFormation = new CloudFormationClient(seedConfig());
  const template = buildRoleTemplate({ trustedAccount: MOTO_ACCOUNT, externalId: EXTERNAL_ID, roleName: 'ScannerAudit' });
  await cloudFormation.send(
    new CreateStackCommand({
      StackName: 'scanner-audit',
      TemplateBody: renderTemplate(template, 'yaml'),
      Parameters: [{ ParameterKey: 'ScanName', ParameterValue: 'Acme' }],
      Capabilities: ['CAPABILITY_NAMED_IAM'],
    }),
  );
  const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: 'scanner-audit' }));
  expect(Stacks?.[0]?.StackStatus).toBe('CREATE_COMPLETE');
  const outputs = Stacks?.[0]?.Outputs ?? [];
  return Object.fromEntries(outputs.map((output) => [output.OutputKey ?? '', output.OutputValue ?? ''] as const));
}

describe('the role template deployed in moto', () => {
  beforeEach(resetMoto);

  it('outputs what the consultant needs to scan', async () => {
    const roleArn = `arn:aws:iam::${MOTO_ACCOUNT}:role/ScannerAudit`;
    expect(await deployRoleTemplate()).toEqual({
      RoleArn: roleArn,
      ExternalId: EXTERNAL_ID,
      ScanName: 'Acme',
      ScanCommand: `scanner aws --role-arn ${roleArn} --external-id ${EXTERNAL_ID} --scan-name 'Acme'`,
    });
  });

  it('creates a role that trusts the scanning account with the external ID, for 12-hour sessions', async () => {
    await deployRoleTemplate();
    const { Role } = await new IAMClient(seedConfig()).send(new GetRoleCommand({ RoleName: 'ScannerAudit' }));
    expect(Role?.MaxSessionDuration).toBe(43200);
    expect(JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ''))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${MOTO_ACCOUNT}:root` },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } },
        },
      ],
    });
    // moto 5.2.1 ignores ManagedPolicyArns on AWS::IAM::Role, so the attached policies are
    // asserted on the template in the unit tests (and by cfn-lint) rather than here.
  });

  it('lets the scanner connect through the deployed role', async () => {
    const outputs = await deployRoleTemplate();
    const provider = await AwsProvider.connect(
      {
        endpoint: motoEndpoint(),
        regions: ['us-east-1'],
        role: {
          roleArn: outputs.RoleArn!,
          externalId: outputs.ExternalId,
          sessionName: 'ScannerAssessmentSession',
          durationSeconds: 3600,
        },
      },
      silentLogger,
    );
    expect(provider.account.callerArn).toBe(
      `arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/ScannerAudit/ScannerAssessmentSession`,
    );
  });
});
