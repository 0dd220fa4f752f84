import { DisableCommand, EnableCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

describe('Inspector collections against moto', () => {
  beforeEach(resetMoto);

  it('reads the account status in each region and active findings only where Inspector is enabled', async () => {
    await new Inspector2Client(seedConfig('eu-west-1')).send(new EnableCommand({ accountIds: [MOTO_ACCOUNT], resourceTypes: ['EC2', 'ECR'] }));
    const east = new Inspector2Client(seedConfig('us-east-1'));
    await east.send(new EnableCommand({ accountIds: [MOTO_ACCOUNT], resourceTypes: ['LAMBDA'] }));
    await east.send(new DisableCommand({ accountIds: [MOTO_ACCOUNT], resourceTypes: ['LAMBDA'] }));

    const inspector2 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'inspector2');

    expect(failuresIn(inspector2)).toEqual([]);
    const byRegion = Object.fromEntries(inspector2.accountStatus.all().map((account) => [account.region, account]));
    expect(byRegion['eu-west-1']).toMatchObject({ arn: `arn:aws:inspector2:eu-west-1:${MOTO_ACCOUNT}:inspector2`, id: 'Inspector2', status: 'ENABLED', ec2Status: 'ENABLED', ecrStatus: 'ENABLED' });
    expect(byRegion['us-east-1']).toMatchObject({ id: 'Inspector2', status: 'DISABLED', lambdaStatus: 'DISABLED' });
    expect(inspector2.activeFindings.all().map(readFields)).toMatchObject([{ region: 'eu-west-1', hasActiveFindings: false }]);
  });

  it('a region where the account was never enabled answers for no account, and is left out as Prowler leaves it', async () => {
    const inspector2 = await loadService(await motoScope(['eu-west-1']), 'inspector2', ['accountStatus']);

    expect(failuresIn(inspector2)).toEqual([]);
    expect(inspector2.accountStatus.all()).toEqual([]);
  });
});
