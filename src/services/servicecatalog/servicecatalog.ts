import { paginateDescribePortfolioShares, paginateListPortfolios, ServiceCatalogClient } from '@aws-sdk/client-service-catalog';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** The largest pages ListPortfolios and DescribePortfolioShares hand out. */
const PORTFOLIO_PAGE_SIZE = 20;
const SHARE_PAGE_SIZE = 100;

/** A Service Catalog portfolio of the account; `id` is its portfolio ID (port-...), `name` its display name. */
export interface Portfolio extends AwsResource {
  name: string;
  /** How many single accounts the portfolio is shared with, outside any organization share. */
  accountShares: Field<number>;
}

const PortfolioSchema = z.object({ ARN: z.string(), Id: z.string(), DisplayName: z.string() });
const ShareSchema = z.object({ PrincipalId: z.string().nullish() });

/**
 * The region's portfolios, each with its shares to single accounts: one DescribePortfolioShares
 * (type ACCOUNT) per portfolio. Prowler also lists the organization-wide share types, but only
 * account shares change its verdict, so those calls are not made.
 */
const portfolios = defineCollection<Portfolio>({
  service: 'servicecatalog',
  name: 'portfolios',
  scope: 'regional',
  async load(context) {
    const client = context.client(ServiceCatalogClient);
    const pages = paginateListPortfolios({ client, pageSize: PORTFOLIO_PAGE_SIZE }, {});
    const listed = await context.items('ListPortfolios', pages, (page) => page.PortfolioDetails, PortfolioSchema, 'portfolio');
    await readEach(listed, async (portfolio) => {
      const accountShares = await context.field('DescribePortfolioShares', portfolio.ARN, async () => {
        const sharePages = paginateDescribePortfolioShares({ client, pageSize: SHARE_PAGE_SIZE }, { PortfolioId: portfolio.Id, Type: 'ACCOUNT' });
        let count = 0;
        for await (const page of sharePages) count += z.array(ShareSchema).parse(page.PortfolioShareDetails ?? []).length;
        return count;
      });
      context.resources.add({ arn: portfolio.ARN, id: portfolio.Id, name: portfolio.DisplayName, region: context.region, tags: {}, accountShares });
    });
  },
});

export default { portfolios };
