import type { EventSelector } from '../../../src/services/cloudtrail/cloudtrail.js';
import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { advancedSelector, classicSelector, trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './cloudtrail_s3_dataevents_write_enabled.js';

function objects(readWriteType: string, ...values: string[]): EventSelector {
  return classicSelector({ readWriteType, dataResources: [{ type: 'AWS::S3::Object', values }] });
}

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no trails and no buckets: nothing to record', expect: [] },
  {
    name: 'no trails, scanning unused services: the account fails in the global region',
    options: { scanUnusedServices: true },
    expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'us-east-1', detail: 'write events' }],
  },
  ...[
    ['WriteOnly', 'arn:aws:s3'],
    ['All', 'arn:aws:s3:::'],
    ['All', 'arn:aws:s3:::*/*'],
  ].map(([readWriteType, value]): CheckCase<typeof check.uses> => ({
    name: `a classic ${readWriteType} selector on ${value} passes`,
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('writes', { region: 'eu-west-1', eventSelectors: { classic: [objects(readWriteType!, value!)], advanced: [] } })),
    expect: [{ status: 'PASS', resource: 'writes', region: 'eu-west-1', detail: 'classic event selector' }],
  })),
  {
    name: 'read-only and single-bucket classic selectors do not count',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('reads', { eventSelectors: { classic: [objects('ReadOnly', 'arn:aws:s3')], advanced: [] } }));
      cloudtrail.trails.add(trail('one', { eventSelectors: { classic: [objects('WriteOnly', 'arn:aws:s3:::data/')], advanced: [] } }));
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' }],
  },
  {
    name: 'an advanced selector on S3 objects passes',
    given: ({ cloudtrail }) =>
      cloudtrail.trails.add(trail('advanced', { eventSelectors: { classic: [], advanced: [advancedSelector(null, { eventCategory: ['Data'], 'resources.type': ['AWS::S3::Object'] })] } })),
    expect: [{ status: 'PASS', resource: 'advanced', detail: 'advanced event selector' }],
  },
  {
    name: 'unreadable selectors are an error, not an account failure',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('unknown', { eventSelectors: unreadBy('cloudtrail', 'GetEventSelectors') }));
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'ERROR', resource: 'unknown', detail: 'GetEventSelectors' }],
  },
  {
    name: 'a region whose trails could not be listed is an error, not a failure',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' });
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' }],
  },
  {
    name: 'when buckets could not be listed, whether the account needs the selector is unknown',
    given: ({ s3 }) => s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: ACCOUNT, detail: 'ListBuckets failed' }],
  },
]);
