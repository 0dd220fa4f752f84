import { testCheck } from '../../../test/helpers/check-cases.js';
import { analyzerFindings } from '../../../test/helpers/fixtures/accessanalyzer.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import check from './accessanalyzer_enabled_without_findings.js';

testCheck(check, [
  { name: 'no active analyzers', expect: [] },
  {
    name: 'an active analyzer without active findings passes, one with some fails',
    given: ({ accessanalyzer }) => {
      accessanalyzer.analyzerFindings.add(analyzerFindings('clean'));
      accessanalyzer.analyzerFindings.add(analyzerFindings('noisy', { region: 'us-east-1', activeFindings: 3 }));
    },
    expect: [
      { status: 'PASS', resource: 'clean', region: 'eu-west-1', detail: 'has no active findings' },
      { status: 'FAIL', resource: 'noisy', region: 'us-east-1', detail: 'IAM Access Analyzer noisy has 3 active findings.' },
    ],
  },
  {
    name: 'findings that could not be listed are an error for that analyzer',
    given: ({ accessanalyzer }) => accessanalyzer.analyzerFindings.add(analyzerFindings('clean', { activeFindings: unreadBy('accessanalyzer', 'ListFindings') })),
    expect: [{ status: 'ERROR', resource: 'clean', detail: 'ListFindings failed' }],
  },
  {
    name: 'a region whose analyzers could not be listed is an error there',
    given: ({ accessanalyzer }) => accessanalyzer.analyzerFindings.fail({ region: 'eu-west-1', operation: 'ListAnalyzers', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'accessanalyzer:ListAnalyzers', region: 'eu-west-1' }],
  },
]);
