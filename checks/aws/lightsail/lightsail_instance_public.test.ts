import { testCheck } from '../../../test/helpers/check-cases.js';
import { lightsailInstance } from '../../../test/helpers/fixtures/lightsail.js';
import check from './lightsail_instance_public.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'only a public address together with public ports fails',
    given: ({ lightsail }) => {
      lightsail.instances.add(lightsailInstance('closed'));
      lightsail.instances.add(lightsailInstance('open', { publicPortRanges: ['22', '8000-8100'] }));
      lightsail.instances.add(lightsailInstance('private', { region: 'us-east-1', publicIpAddress: '', publicPortRanges: ['443'] }));
    },
    expect: [
      { status: 'PASS', resource: 'support/closed', region: 'eu-west-1', detail: 'is not exposed' },
      { status: 'FAIL', resource: 'support/open', detail: 'ports open to the internet: 22, 8000-8100.' },
      { status: 'PASS', resource: 'support/private', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ lightsail }) => lightsail.instances.fail({ region: 'us-east-1', operation: 'GetInstances', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'lightsail:GetInstances', region: 'us-east-1' }],
  },
]);
