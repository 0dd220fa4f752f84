import { testCheck } from '../../../test/helpers/check-cases.js';
import { reportGroup } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_report_group_export_encrypted.js';

testCheck(check, [
  { name: 'no report groups', expect: [] },
  {
    name: 'judges only groups exporting to S3',
    given: ({ codebuild }) => {
      codebuild.reportGroups.add(reportGroup('unit'));
      codebuild.reportGroups.add(reportGroup('e2e', { region: 'us-east-1', export: { type: 'S3', location: 's3://reports/e2e', encryptionKey: '', encrypted: false } }));
      codebuild.reportGroups.add(reportGroup('local', { export: { type: 'NO_EXPORT', location: '', encryptionKey: '', encrypted: false } }));
      codebuild.reportGroups.add(reportGroup('unset', { export: null }));
    },
    expect: [
      { status: 'PASS', resource: 'unit', detail: 's3://reports/tests' },
      { status: 'FAIL', resource: 'e2e', region: 'us-east-1', detail: 'does not encrypt' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.reportGroups.fail({ region: 'eu-west-1', operation: 'ListReportGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:ListReportGroups' }],
  },
]);
