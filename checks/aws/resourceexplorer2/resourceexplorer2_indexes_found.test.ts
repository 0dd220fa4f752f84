import { testCheck } from '../../../test/helpers/check-cases.js';
import { resourceIndex } from '../../../test/helpers/fixtures/resourceexplorer2.js';
import check from './resourceexplorer2_indexes_found.js';

testCheck(check, [
  {
    name: 'no index fails, under the account in the global region',
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'No Resource Explorer index exists.' }],
  },
  {
    name: 'indexes pass, reported in the first index region',
    given: ({ resourceexplorer2 }) => {
      resourceexplorer2.indexes.add(resourceIndex('eu-west-1'));
      resourceexplorer2.indexes.add(resourceIndex('us-east-1', 'AGGREGATOR'));
    },
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: '2 index(es)' }],
  },
  {
    name: 'indexes that could not be listed are an error',
    given: ({ resourceexplorer2 }) => resourceexplorer2.indexes.fail({ region: 'us-east-1', operation: 'ListIndexes', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'resourceexplorer2:ListIndexes', region: 'us-east-1' }],
  },
]);
