import { testCheck } from '../../../test/helpers/check-cases.js';
import { drsRegionStatus } from '../../../test/helpers/fixtures/drs.js';
import check from './drs_job_exist.js';

testCheck(check, [
  { name: 'no regions read', expect: [] },
  {
    name: 'passes regions where DRS is set up and has jobs',
    given: ({ drs }) => {
      drs.regionStatus.add(drsRegionStatus('eu-west-1', ['drsjob-1']));
      drs.regionStatus.add(drsRegionStatus('us-east-1', []));
    },
    expect: [
      { status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: '1 recovery job' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'never run a job' },
    ],
  },
  {
    name: 'fails regions where DRS is not set up',
    given: ({ drs }) => drs.regionStatus.add(drsRegionStatus('eu-west-1', null)),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'eu-west-1', detail: 'not set up' }],
  },
  {
    name: 'a region whose jobs could not be read is an error there',
    given: ({ drs }) => drs.regionStatus.fail({ region: 'us-east-1', operation: 'DescribeJobs', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'drs:DescribeJobs', region: 'us-east-1' }],
  },
]);
