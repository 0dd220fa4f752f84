import { CreateStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';
import { secret } from '../../src/services/resource-map.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const definition = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
const roleArn = `arn:aws:iam::${MOTO_ACCOUNT}:role/sfn`;

describe('Step Functions collections against moto', () => {
  beforeEach(resetMoto);

  it('lists and describes state machines in every scanned region and scans their definitions', async () => {
    const west = await new SFNClient(seedConfig('eu-west-1')).send(new CreateStateMachineCommand({ name: 'nightly', definition, roleArn }));
    const east = await new SFNClient(seedConfig('us-east-1')).send(new CreateStateMachineCommand({ name: 'export', definition, roleArn }));

    const stepfunctions = await loadService(await motoScope(REGIONS), 'stepfunctions');

    expect(failuresIn(stepfunctions)).toEqual([]);
    expect(readFields(resourceAt(stepfunctions.stateMachines, west.stateMachineArn!))).toMatchObject({ id: 'nightly', region: 'eu-west-1', configuration: { definition: secret(definition) } });
    expect(readFields(resourceAt(stepfunctions.stateMachineSecrets, east.stateMachineArn!))).toMatchObject({ region: 'us-east-1', definitionScan: { scanned: true, secrets: [] } });
  });

  it('an empty account lists no state machines and no failures', async () => {
    const stepfunctions = await loadService(await motoScope(REGIONS), 'stepfunctions');
    expect(failuresIn(stepfunctions)).toEqual([]);
    expect(stepfunctions.stateMachines.all()).toEqual([]);
  });
});
