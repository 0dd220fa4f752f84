import { AmplifyClient, paginateListApps, paginateListBranches } from '@aws-sdk/client-amplify';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection, parse } from '../collection.js';
import { perListedResource } from '../listing.js';
import { need, secret, type AwsResource, type Field } from '../resource-map.js';

/** ListApps returns at most 100 apps a page, ListBranches at most 50 branches. */
const APPS_PAGE_SIZE = 100;
const BRANCHES_PAGE_SIZE = 50;

/** An Amplify app; `id` is its app ID. */
export interface AmplifyApp extends AwsResource {
  name: string;
  /** A `secret`, like the build specification. */
  environmentVariables: Field<Record<string, string>>;
  /** The app's build specification (YAML); '' when it has none. */
  buildSpec: Field<string>;
}

/** Where a likely secret was found ("branch 'main' environment variable 'TOKEN'") and what it looks like. */
export interface AmplifySecret {
  where: string;
  kind: string;
}

/** The outcome of scanning an app for secrets: what was found, or why it could not be scanned. */
export type AmplifySecretScan = { scanned: true; secrets: AmplifySecret[] } | { scanned: false; reason: string };

/** An app with its environment variables, build specification and branches' variables scanned. */
export interface AmplifyAppSecrets extends AmplifyApp {
  /** null when the app has nothing to scan. */
  secretScan: Field<AmplifySecretScan | null>;
}

const AppSchema = z.object({
  appId: z.string(),
  appArn: z.string(),
  name: z.string(),
  environmentVariables: z.record(z.string(), z.string()).nullish(),
  buildSpec: z.string().nullish(),
  tags: z.record(z.string(), z.string()).nullish(),
});

const BranchSchema = z.object({ branchName: z.string(), environmentVariables: z.record(z.string(), z.string()).nullish() });

const apps = defineCollection<AmplifyApp>({
  service: 'amplify',
  name: 'apps',
  scope: 'regional',
  async load(context) {
    const pages = paginateListApps({ client: context.client(AmplifyClient), pageSize: APPS_PAGE_SIZE }, {});
    for (const app of await context.items('ListApps', pages, (page) => page.apps, AppSchema, 'Amplify app')) {
      context.resources.add({
        arn: app.appArn,
        id: app.appId,
        name: app.name,
        region: context.region,
        tags: app.tags ?? {},
        environmentVariables: secret(app.environmentVariables ?? {}),
        buildSpec: secret(app.buildSpec ?? ''),
      });
    }
  },
});

/**
 * Each app scanned for secrets together with its branches' environment variables: one
 * ListBranches listing per app, made only when the secrets check runs.
 */
const appSecrets = perListedResource<AmplifyAppSecrets, AmplifyApp>({
  service: 'amplify',
  name: 'appSecrets',
  scope: 'regional',
  listed: apps,
  operation: 'ListApps',
  async read(context, app) {
    const secretScan = await context.field('ListBranches', app.arn, async () => {
      const branches: z.infer<typeof BranchSchema>[] = [];
      const pages = paginateListBranches({ client: context.client(AmplifyClient), pageSize: BRANCHES_PAGE_SIZE }, { appId: app.id });
      for await (const page of pages) for (const branch of page.branches ?? []) branches.push(parse(BranchSchema, branch, 'Amplify branch'));
      return scanApp(scannedLines(app, branches), context.config.secrets_ignore_patterns);
    });
    return { ...app, secretScan };
  },
});

export default { apps, appSecrets };

interface ScannedLine {
  where: string;
  text: string;
}

/**
 * What Prowler scans, one line each: every app variable, every line of the build specification,
 * every branch variable, written as a one-key JSON object (Python's spacing) naming where it is.
 */
function scannedLines(app: AmplifyApp, branches: readonly z.infer<typeof BranchSchema>[]): ScannedLine[] {
  const line = (where: string, value: string): ScannedLine => ({ where, text: `{${JSON.stringify(where)}: ${JSON.stringify(value)}}` });
  const buildSpec = need(app.buildSpec);
  return [
    ...Object.entries(need(app.environmentVariables)).map(([name, value]) => line(`app environment variable '${name}'`, value)),
    ...(buildSpec ? buildSpec.split(/\r\n|\r|\n/).map((text, index) => line(`app buildSpec line ${index + 1}`, text)) : []),
    ...branches.flatMap((branch) =>
      Object.entries(branch.environmentVariables ?? {}).map(([name, value]) => line(`branch '${branch.branchName}' environment variable '${name}'`, value)),
    ),
  ];
}

async function scanApp(lines: readonly ScannedLine[], ignorePatterns: readonly string[]): Promise<AmplifySecretScan | null> {
  if (lines.length === 0) return null;
  try {
    const detected = await detectSecrets(lines.map((line) => line.text).join('\n'), ignorePatterns);
    return { scanned: true, secrets: detected.map((secret) => ({ where: lines[secret.line - 1]?.where ?? 'environment variables or build settings', kind: secret.kind })) };
  } catch (error) {
    return { scanned: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
