import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { workgroupDetails } from '../../../test/helpers/fixtures/athena.js';
import check from './athena_workgroup_enforce_configuration.js';

testCheck(check, [
  { name: 'no workgroups', expect: [] },
  {
    name: 'used workgroups are judged by enforceConfiguration',
    given: ({ athena }) => {
      athena.workgroupDetails.add(workgroupDetails('good'));
      athena.workgroupDetails.add(workgroupDetails('bad', { region: 'us-east-1', enforceConfiguration: false }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1', detail: 'Athena workgroup good enforces its configuration' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'Athena workgroup bad lets client-side settings override' },
    ],
  },
  {
    name: 'disabled workgroups and workgroups without queries, primary included, are skipped by default',
    given: ({ athena }) => {
      athena.workgroupDetails.add(workgroupDetails('archive', { state: 'DISABLED', enforceConfiguration: false, hasQueries: false }));
      athena.workgroupDetails.add(workgroupDetails('primary', { enforceConfiguration: false, hasQueries: false }));
    },
    expect: [],
  },
  {
    name: 'every workgroup is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ athena }) => {
      athena.workgroupDetails.add(workgroupDetails('archive', { state: 'DISABLED', enforceConfiguration: false, hasQueries: false }));
      athena.workgroupDetails.add(workgroupDetails('primary', { enforceConfiguration: true, hasQueries: unreadBy('athena', 'ListQueryExecutions') }));
    },
    expect: [
      { status: 'FAIL', resource: 'archive' },
      { status: 'PASS', resource: 'primary' },
    ],
  },
  {
    name: 'unknown query history of an enabled workgroup is an error by default',
    given: ({ athena }) => athena.workgroupDetails.add(workgroupDetails('primary', { hasQueries: unreadBy('athena', 'ListQueryExecutions') })),
    expect: [{ status: 'ERROR', resource: 'primary', detail: 'ListQueryExecutions' }],
  },
  {
    name: 'an unread configuration is an error',
    given: ({ athena }) => athena.workgroupDetails.add(workgroupDetails('primary', { enforceConfiguration: unreadBy('athena', 'GetWorkGroup') })),
    expect: [{ status: 'ERROR', resource: 'primary', detail: 'GetWorkGroup' }],
  },
  {
    name: 'a region whose workgroups could not be listed is an error there',
    given: ({ athena }) => athena.workgroupDetails.fail({ region: 'eu-west-1', operation: 'ListWorkGroups', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'athena:ListWorkGroups', region: 'eu-west-1' }],
  },
]);
