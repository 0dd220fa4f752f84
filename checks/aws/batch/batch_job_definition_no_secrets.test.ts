import { testCheck } from '../../../test/helpers/check-cases.js';
import { jobDefinition } from '../../../test/helpers/fixtures/batch.js';
import check from './batch_job_definition_no_secrets.js';

testCheck(check, [
  { name: 'no job definitions', expect: [] },
  {
    name: 'secrets in a variable or the command fail, naming where; a clean revision passes',
    given: ({ batch }) => {
      batch.jobDefinitions.add(jobDefinition('clean'));
      batch.jobDefinitions.add(
        jobDefinition('leaky', {
          revision: 3,
          secrets: [
            { variable: 'AWS_KEY', kind: 'AWS access key' },
            { command: true, kind: 'Basic auth credentials' },
          ],
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'clean:1' },
      { status: 'FAIL', resource: 'leaky:3', detail: 'AWS access key in environment variable AWS_KEY, Basic auth credentials in the command' },
    ],
  },
  {
    name: 'a region whose job definitions could not be listed is an error there',
    given: ({ batch }) => batch.jobDefinitions.fail({ region: 'eu-west-1', operation: 'DescribeJobDefinitions', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'batch:DescribeJobDefinitions', region: 'eu-west-1' }],
  },
]);
