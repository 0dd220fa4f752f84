import type { EventSelector } from '../../../src/services/cloudtrail/cloudtrail.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { advancedSelector, classicSelector, trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './cloudtrail_s3_dataevents_read_enabled.js';

function objects(readWriteType: string, ...values: string[]): EventSelector {
  return classicSelector({ readWriteType, dataResources: [{ type: 'AWS::S3::Object', values }] });
}

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no trails and no buckets: nothing to record', expect: [] },
  {
    name: 'no trails and no buckets, scanning unused services: the account fails',
    options: { scanUnusedServices: true },
    expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'us-east-1', detail: 'No trail records S3 object-level read events' }],
  },
  {
    name: 'buckets but no recording trail: the account fails',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('mgmt', { region: 'us-east-1', multiRegion: true, eventSelectors: { classic: [classicSelector()], advanced: [] } }));
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' }],
  },
  {
    name: 'a classic read-only selector on every bucket passes',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('reads', { region: 'eu-west-1', multiRegion: true, eventSelectors: { classic: [objects('ReadOnly', 'arn:aws:s3')], advanced: [] } })),
    expect: [{ status: 'PASS', resource: 'reads', region: 'eu-west-1', detail: 'classic event selector' }],
  },
  {
    name: 'a classic all-events selector written as arn:aws:s3:::*/* passes',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('all', { region: 'us-east-1', multiRegion: true, eventSelectors: { classic: [objects('All', 'arn:aws:s3:::*/*')], advanced: [] } })),
    expect: [{ status: 'PASS', resource: 'all' }],
  },
  {
    name: 'write-only and single-bucket classic selectors do not count',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('writes', { region: 'us-east-1', multiRegion: true, eventSelectors: { classic: [objects('WriteOnly', 'arn:aws:s3')], advanced: [] } }));
      cloudtrail.trails.add(trail('one', { region: 'eu-west-1', multiRegion: true, eventSelectors: { classic: [objects('ReadOnly', 'arn:aws:s3:::data/')], advanced: [] } }));
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'FAIL', resource: ACCOUNT }],
  },
  {
    name: 'an advanced selector on S3 objects passes',
    given: ({ cloudtrail }) =>
      cloudtrail.trails.add(
        trail('advanced', {
          region: 'us-east-1',
          multiRegion: true,
          eventSelectors: {
            classic: [],
            advanced: [advancedSelector(null, { eventCategory: ['Data'], 'resources.type': ['AWS::S3::Object'] })],
          },
        }),
      ),
    expect: [{ status: 'PASS', resource: 'advanced', detail: 'advanced event selector' }],
  },
  {
    name: 'an advanced selector on another resource type does not count',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(
        trail('lambda', {
          region: 'us-east-1',
          multiRegion: true,
          eventSelectors: {
            classic: [],
            advanced: [advancedSelector(null, { eventCategory: ['Data'], 'resources.type': ['AWS::Lambda::Function'] })],
          },
        }),
      );
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'FAIL', resource: ACCOUNT }],
  },
  {
    name: 'unreadable selectors are an error, not an account failure',
    given: ({ cloudtrail, s3 }) => {
      const unknown = trail('unknown', { region: 'us-east-1', multiRegion: true, eventSelectors: unreadBy('cloudtrail', 'GetEventSelectors', 'us-east-1') });
      cloudtrail.trails.add(unknown);
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'ERROR', resource: 'unknown', detail: 'GetEventSelectors' }],
  },
  {
    name: 'one recording trail passes even when another trail could not be read',
    given: ({ cloudtrail }) => {
      const unknown = trail('unknown', { region: 'us-east-1', multiRegion: true, eventSelectors: unreadBy('cloudtrail', 'GetEventSelectors', 'us-east-1') });
      cloudtrail.trails.add(unknown);
      cloudtrail.trails.add(trail('reads', { region: 'eu-west-1', multiRegion: true, eventSelectors: { classic: [objects('ReadOnly', 'arn:aws:s3')], advanced: [] } }));
    },
    expect: [
      { status: 'PASS', resource: 'reads' },
      { status: 'ERROR', resource: 'unknown' },
    ],
  },
  {
    name: 'a region whose trails could not be listed may hold the selector: error, not failure',
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
