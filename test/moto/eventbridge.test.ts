import { CreateEventBusCommand, EventBridgeClient, PutPermissionCommand } from '@aws-sdk/client-eventbridge';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

// moto 5.2.1 has no ListEndpoints and no Schemas API: those collections are tested against
// aws-sdk-client-mock in test/unit/services/eventbridge.test.ts.
describe('EventBridge buses against moto', () => {
  beforeEach(resetMoto);

  it('lists the buses of each region with their resource policies', async () => {
    const west = new EventBridgeClient(seedConfig('eu-west-1'));
    await west.send(new CreateEventBusCommand({ Name: 'orders' }));
    await west.send(new PutPermissionCommand({ EventBusName: 'orders', Action: 'events:PutEvents', Principal: '999988887777', StatementId: 'partner' }));

    const eventbridge = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'eventbridge', ['buses', 'busPolicies']);

    expect(failuresIn(eventbridge)).toEqual([]);
    const buses = eventbridge.busPolicies.all().map(readFields);
    expect(buses.map((bus) => `${bus.region}/${bus.name}`).sort()).toEqual(['eu-west-1/default', 'eu-west-1/orders', 'us-east-1/default']);
    expect(buses.find((bus) => bus.name === 'default' && bus.region === 'us-east-1')).toMatchObject({ arn: `arn:aws:events:us-east-1:${MOTO_ACCOUNT}:event-bus/default`, policy: null });
    expect(buses.find((bus) => bus.name === 'orders')?.policy).toMatchObject({
      Statement: [{ Sid: 'partner', Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::999988887777:root'] }, Action: ['events:PutEvents'] }],
    });
  });
});
