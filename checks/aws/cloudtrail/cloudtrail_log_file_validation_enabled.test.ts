import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_log_file_validation_enabled.js';

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a multi-region trail with validation passes once, in its home region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('org', { region: 'us-east-1', multiRegion: true })),
    expect: [{ status: 'PASS', resource: 'org', region: 'us-east-1', detail: 'Multi-region trail org validates' }],
  },
  {
    name: 'a single-region trail without validation fails',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('local', { region: 'eu-west-1', logFileValidationEnabled: false })),
    expect: [{ status: 'FAIL', resource: 'local', region: 'eu-west-1', detail: 'Single-region trail local does not validate' }],
  },
  {
    name: 'a trail homed outside the scanned regions is reported in its home region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('far', { region: 'ap-south-1', multiRegion: true, logFileValidationEnabled: false })),
    expect: [{ status: 'FAIL', resource: 'far', region: 'ap-south-1' }],
  },
  {
    name: 'a failed read this check does not need raises no error for a judged trail',
    given: ({ cloudtrail }) => {
      const t = trail('local', { region: 'eu-west-1', isLogging: unreadBy('cloudtrail', 'GetTrailStatus', 'eu-west-1') });
      cloudtrail.trails.add(t);
    },
    expect: [{ status: 'PASS', resource: 'local' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('audit', { region: 'us-east-1' }));
      cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'audit', region: 'us-east-1' },
      { status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' },
    ],
  },
]);
