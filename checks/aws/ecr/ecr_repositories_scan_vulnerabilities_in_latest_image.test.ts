import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { imageScan, repositoryLatestImage } from '../../../test/helpers/fixtures/ecr.js';
import check from './ecr_repositories_scan_vulnerabilities_in_latest_image.js';

const counts = (critical: number, high: number, medium: number) => ({ severityCounts: { critical, high, medium } });

testCheck(check, [
  { name: 'no repositories', expect: [] },
  {
    name: 'at the default MEDIUM minimum: any critical, high or medium finding fails; unscanned and failed scans fail',
    given: ({ ecr }) => {
      ecr.latestImages.add(repositoryLatestImage('clean'));
      ecr.latestImages.add(repositoryLatestImage('medium', { latestImage: imageScan(counts(0, 0, 2)) }));
      ecr.latestImages.add(repositoryLatestImage('critical', { latestImage: imageScan(counts(1, 0, 0)) }));
      ecr.latestImages.add(repositoryLatestImage('unscanned', { latestImage: imageScan({ status: null, severityCounts: null }) }));
      ecr.latestImages.add(repositoryLatestImage('broken', { latestImage: imageScan({ status: 'FAILED' }) }));
      ecr.latestImages.add(repositoryLatestImage('pending', { latestImage: imageScan({ status: 'IN_PROGRESS', severityCounts: null }) }));
      ecr.latestImages.add(repositoryLatestImage('empty', { latestImage: null }));
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'FAIL', resource: 'medium', detail: 'MEDIUM 2' },
      { status: 'FAIL', resource: 'critical', detail: 'CRITICAL 1' },
      { status: 'FAIL', resource: 'unscanned', detail: 'not been scanned' },
      { status: 'FAIL', resource: 'broken', detail: 'failed scan' },
      { status: 'PASS', resource: 'pending' },
    ],
  },
  {
    name: 'at the CRITICAL minimum only critical findings fail',
    config: { ecr_repository_vulnerability_minimum_severity: 'CRITICAL' },
    given: ({ ecr }) => {
      ecr.latestImages.add(repositoryLatestImage('high', { latestImage: imageScan(counts(0, 5, 5)) }));
      ecr.latestImages.add(repositoryLatestImage('critical', { latestImage: imageScan(counts(1, 0, 0)) }));
    },
    expect: [
      { status: 'PASS', resource: 'high' },
      { status: 'FAIL', resource: 'critical' },
    ],
  },
  {
    name: 'at the HIGH minimum critical and high fail, medium passes',
    config: { ecr_repository_vulnerability_minimum_severity: 'HIGH' },
    given: ({ ecr }) => {
      ecr.latestImages.add(repositoryLatestImage('high', { latestImage: imageScan(counts(0, 1, 0)) }));
      ecr.latestImages.add(repositoryLatestImage('medium', { latestImage: imageScan(counts(0, 0, 9)) }));
    },
    expect: [
      { status: 'FAIL', resource: 'high' },
      { status: 'PASS', resource: 'medium' },
    ],
  },
  {
    name: 'at the LOW minimum no count fails, as in Prowler',
    config: { ecr_repository_vulnerability_minimum_severity: 'LOW' },
    given: ({ ecr }) => ecr.latestImages.add(repositoryLatestImage('critical', { latestImage: imageScan(counts(3, 0, 0)) })),
    expect: [{ status: 'PASS', resource: 'critical' }],
  },
  {
    name: 'images that could not be read are an error',
    given: ({ ecr }) => ecr.latestImages.add(repositoryLatestImage('hidden', { latestImage: unreadBy('ecr', 'DescribeImages') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeImages' }],
  },
  {
    name: 'a region whose repositories could not be listed is an error there',
    given: ({ ecr }) => ecr.latestImages.fail({ region: 'eu-west-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecr:DescribeRepositories', region: 'eu-west-1' }],
  },
]);
