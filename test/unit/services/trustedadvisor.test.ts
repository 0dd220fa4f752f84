import { DescribeServicesCommand, DescribeTrustedAdvisorCheckSummariesCommand, DescribeTrustedAdvisorChecksCommand, SupportClient } from '@aws-sdk/client-support';
import { mockClient } from 'aws-sdk-client-mock';
import trustedadvisor from '../../../src/services/trustedadvisor/trustedadvisor.js';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const denied = (name = 'AccessDeniedException') => Object.assign(new Error('denied'), { name });

/** moto 5.2.1 has no DescribeServices (nor check summaries), so the Support API is read here from mocked answers. */
describe('Trusted Advisor collections', () => {
  const mock = mockClient(SupportClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('with a premium plan, lists checks once and reads their statuses in one summaries call', async () => {
    mock.on(DescribeServicesCommand).resolves({ services: [] });
    mock.on(DescribeTrustedAdvisorChecksCommand).resolves({
      checks: [
        { id: 'c1', name: 'Security Groups', description: '', category: 'security', metadata: [] },
        { id: 'c2', name: 'IAM Use', description: '', category: 'security', metadata: [] },
        { id: 'c3', name: 'Retired', description: '', category: 'security', metadata: [] },
      ],
    });
    mock.on(DescribeTrustedAdvisorCheckSummariesCommand).resolves({
      summaries: [
        { checkId: 'c1', status: 'warning', timestamp: '', resourcesSummary: undefined, categorySpecificSummary: undefined },
        { checkId: 'c2', status: 'ok', timestamp: '', resourcesSummary: undefined, categorySpecificSummary: undefined },
      ],
    });

    const scan = loader();
    const [plan, checks] = await Promise.all([scan.load(trustedadvisor.supportPlan), scan.load(trustedadvisor.checks)]);

    expect(readAll(plan)).toEqual([{ arn: 'arn:aws:trusted-advisor:us-east-1:111122223333:account', id: '111122223333', region: 'us-east-1', tags: {}, premium: true }]);
    expect(readAll(checks).map(({ arn, id, status }) => ({ arn, id, status }))).toEqual([
      { arn: 'arn:aws:trusted-advisor:us-east-1:111122223333:check/c1', id: 'c1', status: 'warning' },
      { arn: 'arn:aws:trusted-advisor:us-east-1:111122223333:check/c2', id: 'c2', status: 'ok' },
      { arn: 'arn:aws:trusted-advisor:us-east-1:111122223333:check/c3', id: 'c3', status: null },
    ]);
    expect(mock.commandCalls(DescribeServicesCommand)).toHaveLength(1);
    expect(mock.commandCalls(DescribeTrustedAdvisorCheckSummariesCommand).map((call) => call.args[0].input.checkIds)).toEqual([['c1', 'c2', 'c3']]);
  });

  it('without a premium plan, reads no check', async () => {
    mock.on(DescribeServicesCommand).rejects(denied('SubscriptionRequiredException'));

    const scan = loader();
    const [plan, checks] = await Promise.all([scan.load(trustedadvisor.supportPlan), scan.load(trustedadvisor.checks)]);

    expect(readAll(plan).map((p) => p.premium)).toEqual([false]);
    expect(checks.all()).toEqual([]);
    expect(mock.commandCalls(DescribeTrustedAdvisorChecksCommand)).toHaveLength(0);
  });

  it('a denied DescribeServices is a failure on both collections, never "no plan"', async () => {
    mock.on(DescribeServicesCommand).rejects(denied());

    const scan = loader();
    const [plan, checks] = await Promise.all([scan.load(trustedadvisor.supportPlan), scan.load(trustedadvisor.checks)]);

    for (const map of [plan, checks]) expect(map.listingFailures()).toMatchObject([{ service: 'trustedadvisor', region: 'us-east-1', operation: 'DescribeServices' }]);
  });
});
