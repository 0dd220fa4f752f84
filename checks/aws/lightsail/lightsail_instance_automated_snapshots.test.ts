import { testCheck } from '../../../test/helpers/check-cases.js';
import { lightsailInstance } from '../../../test/helpers/fixtures/lightsail.js';
import check from './lightsail_instance_automated_snapshots.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'an instance with the AutoSnapshot add-on passes, one without fails',
    given: ({ lightsail }) => {
      lightsail.instances.add(lightsailInstance('web'));
      lightsail.instances.add(lightsailInstance('db', { region: 'us-east-1', autoSnapshot: false }));
    },
    expect: [
      { status: 'PASS', resource: 'support/web', region: 'eu-west-1', detail: 'takes automatic snapshots' },
      { status: 'FAIL', resource: 'support/db', region: 'us-east-1', detail: 'does not take automatic snapshots' },
    ],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ lightsail }) => lightsail.instances.fail({ region: 'eu-west-1', operation: 'GetInstances', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'lightsail:GetInstances', region: 'eu-west-1' }],
  },
]);
