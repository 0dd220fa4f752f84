import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { workload } from '../../../test/helpers/fixtures/wellarchitected.js';
import check from './wellarchitected_workload_no_high_or_medium_risks.js';

const rows: { name: string; riskCounts: Record<string, number>; status: 'PASS' | 'FAIL'; detail: string }[] = [
  { name: 'no high or medium level passes', riskCounts: { NONE: 30, UNANSWERED: 10 }, status: 'PASS', detail: 'has no high or medium risks' },
  { name: 'high risks fail', riskCounts: { HIGH: 2, NONE: 5 }, status: 'FAIL', detail: 'has 2 high and 0 medium risks' },
  { name: 'medium risks fail', riskCounts: { MEDIUM: 4 }, status: 'FAIL', detail: 'has 0 high and 4 medium risks' },
  { name: 'a listed level counts even at zero, as in Prowler', riskCounts: { HIGH: 0, MEDIUM: 0, NONE: 9 }, status: 'FAIL', detail: 'has 0 high and 0 medium risks' },
];

testCheck(check, [
  { name: 'no workloads', expect: [] },
  ...rows.map(
    ({ name, riskCounts, status, detail }): CheckCase<typeof check.uses> => ({
      name,
      given: ({ wellarchitected }) => wellarchitected.workloads.add(workload('w1', { riskCounts })),
      expect: [{ status, resource: 'w1', region: 'eu-west-1', detail }],
    }),
  ),
  {
    name: 'a region whose workloads could not be listed is an error there',
    given: ({ wellarchitected }) => wellarchitected.workloads.fail({ region: 'eu-west-1', operation: 'ListWorkloads', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'wellarchitected:ListWorkloads', region: 'eu-west-1' }],
  },
]);
