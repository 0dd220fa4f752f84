import {
  CognitoIdentityProviderClient,
  DescribeRiskConfigurationCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import type { UserPoolRiskResponses } from '../../../src/services/cognito/cognito.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import { failureOf, type ResourceMap } from '../../../src/services/resource-map.js';
import { readFields } from '../../helpers/loaded.js';

// moto 5.2 has no DescribeRiskConfiguration; the other Cognito reads are tested against moto in
// test/moto/cognito.test.ts.
const ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1'],
  globalRegion: 'us-east-1',
};

const poolArn = (id: string) => `arn:aws:cognito-idp:eu-west-1:111122223333:userpool/${id}`;

async function loadRiskResponses(): Promise<ResourceMap<UserPoolRiskResponses>> {
  const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
  const loader = new CollectionLoader({ account: ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return (await loader.collection('cognito', 'userPoolRiskResponses')) as ResourceMap<UserPoolRiskResponses>;
}

describe('Cognito risk responses (mocked: moto has no DescribeRiskConfiguration)', () => {
  const cognito = mockClient(CognitoIdentityProviderClient);
  afterEach(() => cognito.reset());
  afterAll(() => cognito.restore());

  /** Pools named after their advanced security mode; `broken` cannot be described. */
  function seedPools(...modes: string[]) {
    cognito.on(ListUserPoolsCommand).resolves({ UserPools: modes.map((mode) => ({ Id: `eu-west-1_${mode}`, Name: mode })) });
    cognito.on(DescribeUserPoolCommand).callsFake((input: { UserPoolId?: string }) => {
      const mode = input.UserPoolId?.replace('eu-west-1_', '');
      if (mode === 'broken') return Promise.reject(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
      return Promise.resolve({ UserPool: { Id: input.UserPoolId, UserPoolAddOns: { AdvancedSecurityMode: mode } } });
    });
  }

  it('asks only pools that enforce advanced security; the others act on no risk', async () => {
    seedPools('ENFORCED', 'AUDIT', 'OFF');
    cognito.on(DescribeRiskConfigurationCommand).resolves({
      RiskConfiguration: {
        UserPoolId: 'eu-west-1_ENFORCED',
        CompromisedCredentialsRiskConfiguration: { EventFilter: ['SIGN_IN'], Actions: { EventAction: 'BLOCK' } },
        AccountTakeoverRiskConfiguration: {
          Actions: {
            LowAction: { Notify: false, EventAction: 'MFA_IF_CONFIGURED' },
            MediumAction: { Notify: false, EventAction: 'BLOCK' },
            HighAction: { Notify: true, EventAction: 'BLOCK' },
          },
        },
      },
    });

    const pools = await loadRiskResponses();

    expect(pools.failures).toEqual([]);
    expect(pools.all().map((pool) => [pool.name, readFields(pool).riskResponses]).sort()).toEqual([
      ['AUDIT', null],
      [
        'ENFORCED',
        { compromisedCredentials: { events: ['SIGN_IN'], action: 'BLOCK' }, accountTakeover: { low: 'MFA_IF_CONFIGURED', medium: 'BLOCK', high: 'BLOCK' } },
      ],
      ['OFF', null],
    ]);
    expect(cognito.commandCalls(DescribeRiskConfigurationCommand).map((call) => call.args[0].input)).toEqual([{ UserPoolId: 'eu-west-1_ENFORCED' }]);
  });

  it('an enforced pool without a risk configuration acts on no risk', async () => {
    seedPools('ENFORCED');
    cognito.on(DescribeRiskConfigurationCommand).resolves({ RiskConfiguration: { UserPoolId: 'eu-west-1_ENFORCED' } });
    const [pool] = (await loadRiskResponses()).all();
    expect(readFields(pool!).riskResponses).toEqual({ compromisedCredentials: { events: [], action: '' }, accountTakeover: { low: '', medium: '', high: '' } });
  });

  it('a risk configuration that cannot be read stays unread, and so does a pool whose settings could not be read', async () => {
    seedPools('ENFORCED', 'broken');
    cognito.on(DescribeRiskConfigurationCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));

    const pools = await loadRiskResponses();

    const unreadBy = (id: string) => failureOf(pools.all().find((pool) => pool.id === id)!.riskResponses);
    expect(unreadBy('eu-west-1_ENFORCED')).toMatchObject({ operation: 'DescribeRiskConfiguration', resourceArn: poolArn('eu-west-1_ENFORCED') });
    expect(unreadBy('eu-west-1_broken')).toMatchObject({ operation: 'DescribeUserPool', resourceArn: poolArn('eu-west-1_broken') });
    expect(cognito.commandCalls(DescribeRiskConfigurationCommand)).toHaveLength(1);
  });
});
