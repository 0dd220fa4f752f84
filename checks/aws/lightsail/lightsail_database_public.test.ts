import { testCheck } from '../../../test/helpers/check-cases.js';
import { lightsailDatabase } from '../../../test/helpers/fixtures/lightsail.js';
import check from './lightsail_database_public.js';

testCheck(check, [
  { name: 'no databases', expect: [] },
  {
    name: 'a database in public mode fails, a private one passes',
    given: ({ lightsail }) => {
      lightsail.databases.add(lightsailDatabase('private'));
      lightsail.databases.add(lightsailDatabase('public', { region: 'us-east-1', publiclyAccessible: true }));
    },
    expect: [
      { status: 'PASS', resource: 'support/private', region: 'eu-west-1', detail: 'is not publicly accessible' },
      { status: 'FAIL', resource: 'support/public', region: 'us-east-1', detail: 'is publicly accessible' },
    ],
  },
  {
    name: 'a region whose databases could not be listed is an error there',
    given: ({ lightsail }) => lightsail.databases.fail({ region: 'eu-west-1', operation: 'GetRelationalDatabases', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'lightsail:GetRelationalDatabases', region: 'eu-west-1' }],
  },
]);
