import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_multi_region_enabled.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  {
    name: 'no trails: every scanned region fails, reported on the account',
    expect: [
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1', detail: 'No trail that is logging' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'a logging multi-region trail covers every scanned region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('org', { region: 'us-east-1', multiRegion: true })),
    expect: [
      { status: 'PASS', resource: 'org', region: 'eu-west-1', detail: 'multi-region trail org' },
      { status: 'PASS', resource: 'org', region: 'us-east-1' },
    ],
  },
  {
    name: 'a multi-region trail homed in a region outside the scan still covers the scanned ones',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('far', { region: 'ap-south-1', multiRegion: true })),
    expect: [
      { status: 'PASS', resource: 'far', region: 'eu-west-1' },
      { status: 'PASS', resource: 'far', region: 'us-east-1' },
    ],
  },
  {
    name: 'a single-region trail covers only its home region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('local', { region: 'us-east-1' })),
    expect: [
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'PASS', resource: 'local', region: 'us-east-1', detail: 'by trail local' },
    ],
  },
  {
    name: 'a trail that is not logging covers nothing',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('stopped', { region: 'eu-west-1', multiRegion: true, isLogging: false }));
      cloudtrail.trails.add(trail('local', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'PASS', resource: 'local', region: 'us-east-1' },
    ],
  },
  {
    name: 'an unknown trail status is an error where no other trail is logging',
    given: ({ cloudtrail }) => {
      const unknown = trail('unknown', { region: 'eu-west-1', isLogging: unreadBy('cloudtrail', 'GetTrailStatus', 'eu-west-1') });
      cloudtrail.trails.add(unknown);
    },
    expect: [
      { status: 'ERROR', resource: ACCOUNT, region: 'eu-west-1', detail: 'GetTrailStatus failed for unknown' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose trails could not be listed is an error, unless a known multi-region trail covers it',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' });
      cloudtrail.trails.add(trail('audit', { region: 'us-east-1', multiRegion: true }));
    },
    expect: [
      { status: 'PASS', resource: 'audit', region: 'eu-west-1' },
      { status: 'PASS', resource: 'audit', region: 'us-east-1' },
    ],
  },
  {
    name: 'without a known logging trail, an unlisted region leaves every region without a verdict',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [
      { status: 'ERROR', resource: ACCOUNT, region: 'eu-west-1', detail: 'DescribeTrails failed' },
      { status: 'ERROR', resource: ACCOUNT, region: 'us-east-1', detail: 'DescribeTrails failed' },
    ],
  },
]);
