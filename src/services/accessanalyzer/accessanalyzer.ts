import { AccessAnalyzerClient, paginateListAnalyzers, paginateListFindings } from '@aws-sdk/client-accessanalyzer';
import { z } from 'zod';
import { defineCollection, unlessAbsent } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * An IAM Access Analyzer analyzer; `id` is its name. A region with none holds one stand-in with
 * status NOT_AVAILABLE under `arn:<partition>:accessanalyzer:<region>:<account>:analyzer/unknown`,
 * so that "not enabled" is reported per region under the ARN Prowler gives it.
 */
export interface Analyzer extends AwsResource {
  name: string;
  /** ACTIVE, CREATING, DISABLED, FAILED, or NOT_AVAILABLE for the stand-in. */
  status: string;
  /** ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS...; empty for the stand-in. */
  type: string;
}

/** An active analyzer's findings, under the analyzer's ARN. */
export interface AnalyzerFindings extends AwsResource {
  name: string;
  /** How many of its findings are ACTIVE (not archived or resolved). */
  activeFindings: Field<number>;
}

const AnalyzerSchema = z.object({
  arn: z.string(),
  name: z.string(),
  status: z.string(),
  type: z.string(),
  tags: z.record(z.string(), z.string()).nullish(),
});

// Access Analyzer documents no maximum page size for its listings, so they use the service's default.
const analyzers = defineCollection<Analyzer>({
  service: 'accessanalyzer',
  name: 'analyzers',
  scope: 'regional',
  async load(context) {
    const pages = paginateListAnalyzers({ client: context.client(AccessAnalyzerClient) }, {});
    const listed = await context.items('ListAnalyzers', pages, (page) => page.analyzers, AnalyzerSchema, 'access analyzer');
    for (const analyzer of listed) {
      context.resources.add({
        arn: analyzer.arn,
        id: analyzer.name,
        name: analyzer.name,
        region: context.region,
        tags: analyzer.tags ?? {},
        status: analyzer.status,
        type: analyzer.type,
      });
    }
    if (listed.length === 0 && context.resources.listingFailures().every((failure) => failure.region !== context.region)) {
      context.resources.add({
        arn: context.arn('accessanalyzer', 'analyzer/unknown'),
        id: 'analyzer/unknown',
        name: 'analyzer/unknown',
        region: context.region,
        tags: {},
        status: 'NOT_AVAILABLE',
        type: '',
      });
    }
  },
});

/**
 * The active findings of each active analyzer: one filtered ListFindings listing per analyzer,
 * made only for the check about findings. Unused-access analyzers are not served by ListFindings
 * (it answers ValidationException), which, as in Prowler, leaves them without findings.
 */
const analyzerFindings = perListedResource<AnalyzerFindings, Analyzer>({
  service: 'accessanalyzer',
  name: 'analyzerFindings',
  scope: 'regional',
  listed: analyzers,
  operation: 'ListAnalyzers',
  selects: (analyzer) => analyzer.status === 'ACTIVE',
  async read(context, analyzer) {
    const client = context.client(AccessAnalyzerClient);
    return {
      arn: analyzer.arn,
      id: analyzer.id,
      name: analyzer.name,
      region: analyzer.region,
      tags: analyzer.tags,
      activeFindings: await context.field('ListFindings', analyzer.arn, async () => {
        const pages = paginateListFindings({ client }, { analyzerArn: analyzer.arn, filter: { status: { eq: ['ACTIVE'] } } });
        const counted = await unlessAbsent(countFindings(pages), 'ValidationException');
        return counted ?? 0;
      }),
    };
  },
});

async function countFindings(pages: AsyncIterable<{ findings?: readonly unknown[] | undefined }>): Promise<number> {
  let count = 0;
  for await (const page of pages) count += page.findings?.length ?? 0;
  return count;
}

export default { analyzers, analyzerFindings };
