import { secret } from '../../../src/services/resource-map.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { jobSecrets } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_etl_jobs_no_secrets_in_arguments.js';

testCheck(check, [
  { name: 'no jobs', expect: [] },
  {
    name: 'jobs without detections pass, those with detections fail naming kind and argument',
    given: ({ glue }) => {
      glue.jobArgumentSecrets.add(jobSecrets('clean'));
      glue.jobArgumentSecrets.add(jobSecrets('bare', { defaultArguments: secret({}) }));
      glue.jobArgumentSecrets.add(jobSecrets('leaky', { argumentScan: { scanned: true, secrets: [{ key: '--token', kind: 'GitHub token' }] } }));
    },
    expect: [
      { status: 'PASS', resource: 'clean', detail: 'No secrets found in the default arguments of Glue job clean' },
      { status: 'PASS', resource: 'bare' },
      { status: 'FAIL', resource: 'leaky', detail: 'Likely secret in the default arguments of Glue job leaky: GitHub token in argument --token.' },
    ],
  },
  {
    name: 'arguments that could not be scanned call for a manual review',
    given: ({ glue }) => glue.jobArgumentSecrets.add(jobSecrets('j', { argumentScan: { scanned: false, reason: 'detector crashed' } })),
    expect: [{ status: 'MANUAL', resource: 'j', detail: 'detector crashed' }],
  },
  {
    name: 'a region whose jobs could not be listed is an error there',
    given: ({ glue }) => glue.jobArgumentSecrets.fail({ region: 'us-east-1', operation: 'GetJobs', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'glue:GetJobs', region: 'us-east-1' }],
  },
]);
