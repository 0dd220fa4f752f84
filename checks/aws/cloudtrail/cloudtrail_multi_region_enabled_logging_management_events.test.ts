import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { advancedSelector, classicSelector, trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_multi_region_enabled_logging_management_events.js';

const ACCOUNT = '111122223333';
const ALL_MANAGEMENT = { classic: [classicSelector()], advanced: [] };
const CONSOLE_SELECTOR = advancedSelector('Management events selector', { eventCategory: ['Management'] });

testCheck(check, [
  {
    name: 'no trails: every region fails',
    expect: [
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'a logging multi-region trail recording all management events covers every region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('org', { region: 'us-east-1', multiRegion: true, eventSelectors: ALL_MANAGEMENT })),
    expect: [
      { status: 'PASS', resource: 'org', region: 'eu-west-1', detail: 'multi-region trail org' },
      { status: 'PASS', resource: 'org', region: 'us-east-1' },
    ],
  },
  {
    name: 'a single-region trail covers its own region only',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('local', { region: 'eu-west-1', eventSelectors: ALL_MANAGEMENT })),
    expect: [
      { status: 'PASS', resource: 'local', region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'the console advanced selector without a readOnly condition counts',
    given: ({ cloudtrail }) =>
      cloudtrail.trails.add(trail('org', { region: 'us-east-1', multiRegion: true, eventSelectors: { classic: [], advanced: [CONSOLE_SELECTOR] } })),
    expect: [
      { status: 'PASS', resource: 'org', region: 'eu-west-1' },
      { status: 'PASS', resource: 'org', region: 'us-east-1' },
    ],
  },
  {
    name: 'write-only, management-less, read-only-advanced, otherwise-named and stopped trails do not count',
    given: ({ cloudtrail }) => {
      const multi = { region: 'us-east-1', multiRegion: true };
      cloudtrail.trails.add(trail('writes', { ...multi, eventSelectors: { classic: [classicSelector({ readWriteType: 'WriteOnly' })], advanced: [] } }));
      cloudtrail.trails.add(trail('data', { ...multi, eventSelectors: { classic: [classicSelector({ includeManagementEvents: false })], advanced: [] } }));
      const readOnly = advancedSelector('Management events selector', { eventCategory: ['Management'], readOnly: ['false'] });
      cloudtrail.trails.add(trail('reads', { ...multi, eventSelectors: { classic: [], advanced: [readOnly] } }));
      const renamed = advancedSelector('Mine', { eventCategory: ['Management'] });
      cloudtrail.trails.add(trail('renamed', { ...multi, eventSelectors: { classic: [], advanced: [renamed] } }));
      cloudtrail.trails.add(trail('stopped', { ...multi, isLogging: false, eventSelectors: ALL_MANAGEMENT }));
    },
    expect: [
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'an unread covering trail is an error where no other trail qualifies',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('unknown', { region: 'us-east-1', multiRegion: true, eventSelectors: unreadBy('cloudtrail', 'GetEventSelectors', 'us-east-1') }));
      cloudtrail.trails.add(trail('local', { region: 'eu-west-1', eventSelectors: ALL_MANAGEMENT }));
    },
    expect: [
      { status: 'PASS', resource: 'local', region: 'eu-west-1' },
      { status: 'ERROR', resource: ACCOUNT, region: 'us-east-1', detail: 'GetEventSelectors' },
    ],
  },
  {
    name: 'a region whose trails could not be listed makes a failing region an error',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' });
      cloudtrail.trails.add(trail('local', { region: 'us-east-1', eventSelectors: ALL_MANAGEMENT }));
    },
    expect: [
      { status: 'ERROR', resource: ACCOUNT, region: 'eu-west-1', detail: 'DescribeTrails' },
      { status: 'PASS', resource: 'local', region: 'us-east-1' },
    ],
  },
]);
