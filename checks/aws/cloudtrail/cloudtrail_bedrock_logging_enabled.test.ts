import type { TrailEventSelectors } from '../../../src/services/cloudtrail/cloudtrail.js';
import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { advancedSelector, classicSelector, fieldSelector, trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_bedrock_logging_enabled.js';

const ACCOUNT = '111122223333';
type Case = CheckCase<typeof check.uses>;

const advanced = (...selectors: TrailEventSelectors['advanced']): TrailEventSelectors => ({ classic: [], advanced: selectors });

const recording: [string, TrailEventSelectors][] = [
  ['classic management events, reads and writes', { classic: [classicSelector()], advanced: [] }],
  ['classic management write events', { classic: [classicSelector({ readWriteType: 'WriteOnly' })], advanced: [] }],
  ['advanced management events', advanced(advancedSelector(null, { eventCategory: ['Management'] }))],
  ['advanced management events that let writes through', advanced(advancedSelector(null, { eventCategory: ['Management'], readOnly: ['false'] }))],
  ['advanced management events of Bedrock runtime', advanced(advancedSelector(null, { eventCategory: ['Management'], eventSource: ['bedrock-runtime.amazonaws.com'] }))],
  [
    'advanced management events of sources starting with bedrock',
    advanced(advancedSelector(null, { eventCategory: ['Management'] }, fieldSelector('eventSource', { startsWith: ['bedrock'] }))),
  ],
  ['advanced data events on Bedrock models', advanced(advancedSelector(null, { eventCategory: ['Data'], 'resources.type': ['AWS::Bedrock::Model'] }))],
];

const notRecording: [string, TrailEventSelectors][] = [
  ['classic read-only management events', { classic: [classicSelector({ readWriteType: 'ReadOnly' })], advanced: [] }],
  ['classic data events only', { classic: [classicSelector({ includeManagementEvents: false })], advanced: [] }],
  ['advanced read-only management events', advanced(advancedSelector(null, { eventCategory: ['Management'], readOnly: ['true'] }))],
  ['advanced management events of another source', advanced(advancedSelector(null, { eventCategory: ['Management'], eventSource: ['s3.amazonaws.com'] }))],
  [
    'advanced management events excluding Bedrock',
    advanced(advancedSelector(null, { eventCategory: ['Management'] }, fieldSelector('eventSource', { notStartsWith: ['bedrock'] }))),
  ],
  ['advanced data events on S3 objects', advanced(advancedSelector(null, { eventCategory: ['Data'], 'resources.type': ['AWS::S3::Object'] }))],
];

testCheck(check, [
  { name: 'no trails: the account fails', expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' }] },
  ...recording.map(
    ([what, eventSelectors]): Case => ({
      name: `a logging trail with ${what} passes`,
      given: ({ cloudtrail }) => cloudtrail.trails.add(trail('audit', { region: 'eu-west-1', eventSelectors })),
      expect: [{ status: 'PASS', resource: 'audit', region: 'eu-west-1' }],
    }),
  ),
  ...notRecording.map(
    ([what, eventSelectors]): Case => ({
      name: `a trail with ${what} leaves the account failing`,
      given: ({ cloudtrail }) => cloudtrail.trails.add(trail('audit', { eventSelectors })),
      expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'us-east-1', detail: 'No logging trail' }],
    }),
  ),
  {
    name: 'a stopped trail does not count',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('stopped', { isLogging: false, eventSelectors: { classic: [classicSelector()], advanced: [] } })),
    expect: [{ status: 'FAIL', resource: ACCOUNT }],
  },
  {
    name: 'every recording trail passes',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('one', { eventSelectors: { classic: [classicSelector()], advanced: [] } }));
      cloudtrail.trails.add(trail('two', { region: 'us-east-1', eventSelectors: { classic: [classicSelector()], advanced: [] } }));
    },
    expect: [
      { status: 'PASS', resource: 'one' },
      { status: 'PASS', resource: 'two' },
    ],
  },
  {
    name: 'an unread trail is an error, not an account failure',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('unknown', { eventSelectors: unreadBy('cloudtrail', 'GetEventSelectors') })),
    expect: [{ status: 'ERROR', resource: 'unknown', detail: 'GetEventSelectors' }],
  },
  {
    name: 'a region whose trails could not be listed is an error, not an account failure',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' }],
  },
]);
