import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { STATUS_READ_AT, trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_cloudwatch_logging_enabled.js';

const hoursBeforeRead = (hours: number) => new Date(STATUS_READ_AT.getTime() - hours * 60 * 60 * 1000);

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a delivery within the last day passes',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('audit', { region: 'us-east-1', multiRegion: true, latestCloudWatchLogsDelivery: hoursBeforeRead(2) })),
    expect: [{ status: 'PASS', resource: 'audit', region: 'us-east-1', detail: 'Multi-region trail audit delivered' }],
  },
  {
    name: 'a delivery exactly a day old still passes',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('audit', { latestCloudWatchLogsDelivery: hoursBeforeRead(24) })),
    expect: [{ status: 'PASS', resource: 'audit' }],
  },
  {
    name: 'a last delivery older than a day fails',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('audit', { latestCloudWatchLogsDelivery: hoursBeforeRead(25) })),
    expect: [{ status: 'FAIL', resource: 'audit', detail: 'has not delivered' }],
  },
  {
    name: 'a trail that never delivered fails, logging or not',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('silent', { isLogging: false })),
    expect: [{ status: 'FAIL', resource: 'silent', detail: 'never delivered' }],
  },
  {
    name: 'an unread status is an error',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('unknown', { latestCloudWatchLogsDelivery: unreadBy('cloudtrail', 'GetTrailStatus') })),
    expect: [{ status: 'ERROR', resource: 'unknown', detail: 'GetTrailStatus' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' }],
  },
]);
