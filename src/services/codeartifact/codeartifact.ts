import { CodeartifactClient, ListPackageVersionsCommand, paginateListPackages, paginateListRepositories, type PackageFormat } from '@aws-sdk/client-codeartifact';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import { readEach } from '../listing.js';
import { offersService } from '../regions.js';
import type { AwsResource, Field } from '../resource-map.js';

/** The largest page ListRepositories and ListPackages hand out. */
const PAGE_SIZE = 1000;

/** A CodeArtifact repository; `id` is its name. */
export interface CodeArtifactRepository extends AwsResource {
  name: string;
  domainName: string;
  domainOwner: string;
}

/**
 * A package of a repository. As Prowler reports it, its ARN is the repository's ARN followed by
 * `/<namespace>:<name>` (or `/<name>`), its `id` `<domain>/<name>`.
 */
export interface CodeArtifactPackage extends AwsResource {
  name: string;
  domainName: string;
  /** Whether the repository may fetch new versions of the package from upstream repositories (ALLOW or BLOCK). */
  upstream: string;
  /** How the latest published version got in: INTERNAL, EXTERNAL, or UNKNOWN (also when it has no version). */
  latestOrigin: Field<string>;
}

const RepositorySchema = z.object({ name: z.string(), arn: z.string(), domainName: z.string(), domainOwner: z.string() });

const PackageSchema = z.object({
  format: z.string(),
  namespace: z.string().nullish(),
  package: z.string(),
  originConfiguration: z.object({ restrictions: z.object({ upstream: z.string() }) }),
});

const VersionsSchema = z.object({ versions: z.array(z.object({ origin: z.object({ originType: z.string().nullish() }).nullish() })).nullish() });

const UNKNOWN_ORIGIN = 'UNKNOWN';

const repositories = defineCollection<CodeArtifactRepository>({
  service: 'codeartifact',
  name: 'repositories',
  scope: 'regional',
  async load(context) {
    const pages = paginateListRepositories({ client: context.client(CodeartifactClient), pageSize: PAGE_SIZE }, {});
    for (const repository of await context.items('ListRepositories', pages, (page) => page.repositories, RepositorySchema, 'repository')) {
      context.resources.add({
        arn: repository.arn,
        id: repository.name,
        name: repository.name,
        region: context.region,
        tags: {},
        domainName: repository.domainName,
        domainOwner: repository.domainOwner,
      });
    }
  },
});

/**
 * The packages of every repository: ListPackages per repository, then one ListPackageVersions per
 * package for its latest version's origin. Global because `max_codeartifact_packages` (else
 * `max_scanned_resources_per_service`) caps the account's packages, counted across repositories as
 * Prowler counts them; a non-positive or absent limit reads them all.
 */
const packages = defineCollection<CodeArtifactPackage, { repositories: typeof repositories }>({
  service: 'codeartifact',
  name: 'packages',
  scope: 'global',
  needs: { repositories },
  async load(context, dependencies) {
    const configured = context.config.max_codeartifact_packages ?? context.config.max_scanned_resources_per_service;
    let remaining = configured !== null && configured > 0 ? configured : Infinity;
    for (const region of context.account.regions.filter((candidate) => offersService('codeartifact', candidate))) {
      const inRegion = context.inRegion(region);
      const client = inRegion.client(CodeartifactClient);
      await inRegion.read('ListRepositories', async () => {
        for (const repository of dependencies.repositories.all(region)) {
          if (remaining <= 0) return;
          const listing = { domain: repository.domainName, domainOwner: repository.domainOwner, repository: repository.name };
          const listed = await inRegion.items('ListPackages', paginateListPackages({ client, pageSize: PAGE_SIZE }, listing), (page) => page.packages, PackageSchema, 'package');
          const selected = listed.slice(0, remaining);
          remaining -= selected.length;
          await readEach(selected, async (found) => {
            const arn = `${repository.arn}/${found.namespace ? `${found.namespace}:` : ''}${found.package}`;
            const latestOrigin = await inRegion.field('ListPackageVersions', arn, async () => {
              const response = await client.send(
                new ListPackageVersionsCommand({
                  ...listing,
                  format: found.format as PackageFormat,
                  package: found.package,
                  ...(found.namespace ? { namespace: found.namespace } : {}),
                  sortBy: 'PUBLISHED_TIME',
                  maxResults: 1,
                }),
              );
              return VersionsSchema.parse(response).versions?.[0]?.origin?.originType ?? UNKNOWN_ORIGIN;
            });
            context.resources.add({
              arn,
              id: `${repository.domainName}/${found.package}`,
              name: found.package,
              region,
              tags: {},
              domainName: repository.domainName,
              upstream: found.originConfiguration.restrictions.upstream,
              latestOrigin,
            });
          });
        }
      });
    }
  },
});

export default { repositories, packages };
