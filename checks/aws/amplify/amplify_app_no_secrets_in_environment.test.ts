import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { amplifyAppSecrets } from '../../../test/helpers/fixtures/amplify.js';
import check from './amplify_app_no_secrets_in_environment.js';

testCheck(check, [
  { name: 'no apps', expect: [] },
  {
    name: 'nothing found or nothing to scan passes; detections fail naming where; a failed scan is MANUAL',
    given: ({ amplify }) => {
      amplify.appSecrets.add(amplifyAppSecrets('clean'));
      amplify.appSecrets.add(amplifyAppSecrets('empty', { secretScan: null }));
      amplify.appSecrets.add(
        amplifyAppSecrets('leaky', {
          secretScan: {
            scanned: true,
            secrets: [
              { where: "app environment variable 'DB_URL'", kind: 'PostgreSQL connection string with password' },
              { where: 'app buildSpec line 7', kind: 'GitHub token' },
            ],
          },
        }),
      );
      amplify.appSecrets.add(amplifyAppSecrets('garbled', { secretScan: { scanned: false, reason: 'scanner crashed' } }));
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'PASS', resource: 'empty' },
      { status: 'FAIL', resource: 'leaky', detail: 'GitHub token in app buildSpec line 7' },
      { status: 'MANUAL', resource: 'garbled', detail: 'scanner crashed' },
    ],
  },
  {
    name: 'branches that could not be listed: ERROR',
    given: ({ amplify }) => amplify.appSecrets.add(amplifyAppSecrets('hidden', { secretScan: unreadBy('amplify', 'ListBranches') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'ListBranches' }],
  },
  {
    name: 'apps that could not be listed: ERROR',
    given: ({ amplify }) => amplify.appSecrets.fail({ region: 'eu-west-1', operation: 'ListApps', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'amplify:ListApps' }],
  },
]);
