import { FMSClient, ListComplianceStatusCommand, ListPoliciesCommand } from '@aws-sdk/client-fms';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { need } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const policyArn = (id: string) => `arn:aws:fms:us-east-1:${FIXTURE_ACCOUNT.id}:policy/${id}`;
const accountResource = { arn: `arn:aws:fms:us-east-1:${FIXTURE_ACCOUNT.id}:policy`, id: FIXTURE_ACCOUNT.id, region: 'us-east-1', tags: {} };

function denied(message: string): Error {
  return Object.assign(new Error(message), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
}

// moto 5.2.1 has no Firewall Manager at all.
describe('Firewall Manager administration', () => {
  const fms = mockClient(FMSClient);
  afterEach(() => fms.reset());
  afterAll(() => fms.restore());

  it('reads every page of policies and of each policy compliance, once, in the global region', async () => {
    fms.on(ListPoliciesCommand).callsFake(async (input: { NextToken?: string; MaxResults?: number }, getClient: () => FMSClient) => {
      expect(input.MaxResults).toBe(100);
      expect(await getClient().config.region()).toBe('us-east-1');
      return input.NextToken
        ? { PolicyList: [{ PolicyArn: policyArn('p-2'), PolicyId: 'p-2', PolicyName: 'shield' }] }
        : { PolicyList: [{ PolicyArn: policyArn('p-1'), PolicyId: 'p-1', PolicyName: 'waf' }], NextToken: 'page-2' };
    });
    fms.on(ListComplianceStatusCommand).callsFake((input: { PolicyId: string; NextToken?: string; MaxResults?: number }) => {
      expect(input.MaxResults).toBe(100);
      if (input.PolicyId === 'p-2') return { PolicyComplianceStatusList: [{ MemberAccount: '444455556666' }] };
      return input.NextToken
        ? { PolicyComplianceStatusList: [{ MemberAccount: '444455556666', EvaluationResults: [{ ComplianceStatus: 'NON_COMPLIANT' }, { ComplianceStatus: 'COMPLIANT' }] }] }
        : { PolicyComplianceStatusList: [{ MemberAccount: FIXTURE_ACCOUNT.id, EvaluationResults: [{ ComplianceStatus: 'COMPLIANT' }] }], NextToken: 'next' };
    });

    const loaded = await loadService(scope(), 'fms');

    expect(fms.commandCalls(ListPoliciesCommand)).toHaveLength(2);
    const [administration] = readAll(loaded.administration);
    expect(administration).toMatchObject({ ...accountResource, administrator: true });
    expect(administration!.policies.map(({ arn, id, name }) => ({ arn, id, name }))).toEqual([
      { arn: policyArn('p-1'), id: 'p-1', name: 'waf' },
      { arn: policyArn('p-2'), id: 'p-2', name: 'shield' },
    ]);
    const [waf, shield] = administration!.policies;
    expect(need(waf!.memberCompliance)).toEqual([
      { account: FIXTURE_ACCOUNT.id, status: 'COMPLIANT' },
      { account: '444455556666', status: 'NON_COMPLIANT' },
    ]);
    // No evaluation result yet: an empty status, which the check counts against the policy.
    expect(need(shield!.memberCompliance)).toEqual([{ account: '444455556666', status: '' }]);
  });

  it.each([
    'No default admin could be found for account 111122223333 in Region us-east-1',
    'Operation ListPolicies is only available to AWS Firewall Manager Administrators',
  ])('"%s" means the account is not the administrator, not a failure', async (message) => {
    fms.on(ListPoliciesCommand).rejects(denied(message));

    const loaded = await loadService(scope(), 'fms');

    expect(loaded.administration.failures).toEqual([]);
    expect(readAll(loaded.administration)).toEqual([{ ...accountResource, administrator: false, policies: [] }]);
    expect(fms.commandCalls(ListComplianceStatusCommand)).toHaveLength(0);
  });

  it('any other AccessDenied fails the listing, so it can never pass', async () => {
    fms.on(ListPoliciesCommand).rejects(denied('User: arn:aws:iam::111122223333:user/auditor is not authorized to perform: fms:ListPolicies'));

    const loaded = await loadService(scope(), 'fms');

    expect(() => loaded.administration.all()).toThrow(/ListPolicies failed in us-east-1: AccessDeniedException: User: .* not authorized/);
  });

  it('a policy whose compliance could not be read is unread, the others are read', async () => {
    fms.on(ListPoliciesCommand).resolves({
      PolicyList: [
        { PolicyArn: policyArn('p-1'), PolicyId: 'p-1', PolicyName: 'waf' },
        { PolicyArn: policyArn('p-2'), PolicyId: 'p-2', PolicyName: 'shield' },
      ],
    });
    fms.on(ListComplianceStatusCommand, { PolicyId: 'p-1' }).resolves({ PolicyComplianceStatusList: [] });
    fms.on(ListComplianceStatusCommand, { PolicyId: 'p-2' }).rejects(denied('not allowed'));

    const loaded = await loadService(scope(), 'fms');

    const [waf, shield] = loaded.administration.all()[0]!.policies;
    expect(need(waf!.memberCompliance)).toEqual([]);
    expect(() => need(shield!.memberCompliance)).toThrow(/ListComplianceStatus failed in us-east-1: AccessDeniedException: not allowed/);
  });
});
