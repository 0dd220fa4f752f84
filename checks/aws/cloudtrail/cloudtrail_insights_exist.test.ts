import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { insights, trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_insights_exist.js';

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a logging trail with insight selectors passes',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('audit', { region: 'us-east-1' }));
      cloudtrail.trailInsights.add(insights('audit', { region: 'us-east-1', firstInsightType: 'ApiCallRateInsight' }));
    },
    expect: [{ status: 'PASS', resource: 'audit', region: 'us-east-1', detail: 'ApiCallRateInsight' }],
  },
  {
    name: 'a logging trail without insight selectors fails',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('audit'));
      cloudtrail.trailInsights.add(insights('audit'));
    },
    expect: [{ status: 'FAIL', resource: 'audit', detail: 'no CloudTrail Insights' }],
  },
  {
    name: 'trails that are not logging are not judged',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('stopped', { isLogging: false })),
    expect: [],
  },
  {
    name: 'unread insight selectors or logging status are an error',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('audit'));
      cloudtrail.trailInsights.add(insights('audit', { firstInsightType: unreadBy('cloudtrail', 'GetInsightSelectors') }));
      cloudtrail.trails.add(trail('unknown', { isLogging: unreadBy('cloudtrail', 'GetTrailStatus') }));
    },
    expect: [
      { status: 'ERROR', resource: 'audit', detail: 'GetInsightSelectors' },
      { status: 'ERROR', resource: 'unknown', detail: 'GetTrailStatus' },
    ],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' }],
  },
]);
