import { testCheck } from '../../../test/helpers/check-cases.js';
import { job } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_etl_jobs_logging_enabled.js';

testCheck(check, [
  { name: 'no jobs', expect: [] },
  {
    name: 'only --enable-continuous-cloudwatch-log "true" passes',
    given: ({ glue }) => {
      glue.jobs.add(job('logged'));
      glue.jobs.add(job('off', { continuousCloudWatchLog: 'false' }));
      glue.jobs.add(job('unset', { region: 'us-east-1', continuousCloudWatchLog: null }));
    },
    expect: [
      { status: 'PASS', resource: 'logged', region: 'eu-west-1', detail: 'logs continuously' },
      { status: 'FAIL', resource: 'off', detail: 'does not log' },
      { status: 'FAIL', resource: 'unset', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose jobs could not be listed is an error there',
    given: ({ glue }) => glue.jobs.fail({ region: 'eu-west-1', operation: 'GetJobs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'glue:GetJobs', region: 'eu-west-1' }],
  },
]);
