import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { analyzer, noAnalyzer } from '../../../test/helpers/fixtures/accessanalyzer.js';
import check from './accessanalyzer_enabled.js';

testCheck(check, [
  { name: 'no analyzers listed at all', expect: [] },
  {
    name: 'an ACTIVE analyzer passes',
    given: ({ accessanalyzer }) => accessanalyzer.analyzers.add(analyzer('main')),
    expect: [{ status: 'PASS', resource: 'main', region: 'eu-west-1', detail: 'IAM Access Analyzer main is enabled.' }],
  },
  ...['DISABLED', 'CREATING', 'FAILED'].map(
    (status): CheckCase<typeof check.uses> => ({
      name: `an analyzer in state ${status} fails`,
      given: ({ accessanalyzer }) => accessanalyzer.analyzers.add(analyzer('main', { status })),
      expect: [{ status: 'FAIL', resource: 'main', detail: `is not active (${status})` }],
    }),
  ),
  {
    name: 'a region without analyzers fails as not enabled, under the stand-in',
    given: ({ accessanalyzer }) => {
      accessanalyzer.analyzers.add(noAnalyzer('eu-west-1'));
      accessanalyzer.analyzers.add(analyzer('main', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'FAIL', resource: 'analyzer/unknown', region: 'eu-west-1', detail: 'not enabled in account 111122223333 in eu-west-1' },
      { status: 'PASS', resource: 'main', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose analyzers could not be listed is an error there',
    given: ({ accessanalyzer }) => {
      accessanalyzer.analyzers.fail({ region: 'eu-west-1', operation: 'ListAnalyzers', message: 'AccessDeniedException: denied' });
      accessanalyzer.analyzers.add(analyzer('main', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'ERROR', resource: 'accessanalyzer:ListAnalyzers', region: 'eu-west-1' },
      { status: 'PASS', resource: 'main', region: 'us-east-1' },
    ],
  },
]);
