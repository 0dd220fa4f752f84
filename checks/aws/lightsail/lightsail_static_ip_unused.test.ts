import { testCheck } from '../../../test/helpers/check-cases.js';
import { lightsailStaticIp } from '../../../test/helpers/fixtures/lightsail.js';
import check from './lightsail_static_ip_unused.js';

testCheck(check, [
  { name: 'no static IPs', expect: [] },
  {
    name: 'an attached static IP passes, a detached one fails',
    given: ({ lightsail }) => {
      lightsail.staticIps.add(lightsailStaticIp('used'));
      lightsail.staticIps.add(lightsailStaticIp('idle', { region: 'us-east-1', attached: false, attachedTo: '' }));
    },
    expect: [
      { status: 'PASS', resource: 'support/used', region: 'eu-west-1', detail: 'is attached to instance web' },
      { status: 'FAIL', resource: 'support/idle', region: 'us-east-1', detail: 'is attached to no instance' },
    ],
  },
  {
    name: 'a region whose static IPs could not be listed is an error there',
    given: ({ lightsail }) => lightsail.staticIps.fail({ region: 'eu-west-1', operation: 'GetStaticIps', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'lightsail:GetStaticIps', region: 'eu-west-1' }],
  },
]);
