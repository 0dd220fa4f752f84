import { CodeCommitClient, GetBlobCommand, GetBranchCommand, GetFolderCommand, GetRepositoryCommand, paginateListRepositories } from '@aws-sdk/client-codecommit';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { describeError } from '../../errors.js';
import { globPattern } from '../../secrets/ignore-files.js';
import { defineCollection, isNotFound, parse } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { UnreadDataError, failureOf, need, unread, type AwsResource, type Field } from '../resource-map.js';

/** A CodeCommit repository; `id` is its name, as Prowler reports it. */
export interface CodeCommitRepository extends AwsResource {
  name: string;
  /** The default branch and the commit at its tip; null when the repository has no default branch yet. */
  defaultBranch: Field<BranchTip | null>;
}

export interface BranchTip {
  branch: string;
  commitId: string;
}

/** A repository with what scanning the files at the tip of its default branch found. */
export interface CodeCommitRepositorySecrets extends AwsResource {
  name: string;
  /** null when there is no default branch to scan. */
  scan: Field<RepositoryScan | null>;
}

export interface RepositoryScan extends BranchTip {
  secrets: FileSecret[];
  /** Files CodeCommit would not hand out (over its 6 MB blob limit), so not scanned. */
  unscanned: string[];
}

export interface FileSecret {
  path: string;
  line: number;
  kind: string;
}

const RepositorySchema = z.object({ repositoryName: z.string() });
const FolderSchema = z.object({
  subFolders: z.array(z.object({ absolutePath: z.string() })).nullish(),
  files: z.array(z.object({ absolutePath: z.string(), blobId: z.string() })).nullish(),
});

/**
 * The region's repositories, each with its default branch's tip: one GetRepository per repository
 * and, where it has a default branch, one GetBranch.
 */
const repositories = defineCollection<CodeCommitRepository>({
  service: 'codecommit',
  name: 'repositories',
  scope: 'regional',
  async load(context) {
    const client = context.client(CodeCommitClient);
    const listed = await context.items('ListRepositories', paginateListRepositories({ client }, {}), (page) => page.repositories, RepositorySchema, 'repository');
    await readEach(listed, async ({ repositoryName: name }) => {
      const arn = context.arn('codecommit', name);
      const branch = await context.field('GetRepository', arn, async () => {
        const { repositoryMetadata } = await client.send(new GetRepositoryCommand({ repositoryName: name }));
        return repositoryMetadata?.defaultBranch ?? null;
      });
      const failure = failureOf(branch);
      const defaultBranch = failure ? unread<BranchTip | null>(failure) : await context.field('GetBranch', arn, () => tipOf(client, name, need(branch)));
      context.resources.add({ arn, id: name, name, region: context.region, tags: {}, defaultBranch });
    });
  },
});

async function tipOf(client: CodeCommitClient, repositoryName: string, branchName: string | null): Promise<BranchTip | null> {
  if (!branchName) return null;
  const { branch } = await client.send(new GetBranchCommand({ repositoryName, branchName }));
  return branch?.commitId ? { branch: branchName, commitId: branch.commitId } : null;
}

/**
 * Every file at the tip of each default branch, scanned for secrets: GetFolder for each folder and
 * GetBlob for each file, made only when the secrets check runs. Files are fetched one at a time per
 * repository so that no more than one blob per repository is held; files matching
 * `secrets_ignore_files` (Python fnmatch globs on the path without its leading slash) are not fetched.
 */
const fileSecrets = perListedResource<CodeCommitRepositorySecrets, CodeCommitRepository>({
  service: 'codecommit',
  name: 'fileSecrets',
  scope: 'regional',
  listed: repositories,
  operation: 'ListRepositories',
  async read(context, repository) {
    const resource = { arn: repository.arn, id: repository.id, name: repository.name, region: repository.region, tags: repository.tags };
    const failure = failureOf(repository.defaultBranch);
    if (failure) return { ...resource, scan: unread(failure) };
    const tip = need(repository.defaultBranch);
    const client = context.client(CodeCommitClient);
    const ignoredFiles = context.config.secrets_ignore_files.map(globPattern);
    const ignorePatterns = context.config.secrets_ignore_patterns;
    const scan = await context.field('GetFolder', repository.arn, async () => {
      if (!tip) return null;
      const found: RepositoryScan = { ...tip, secrets: [], unscanned: [] };
      const folders = ['/'];
      for (let folderPath = folders.pop(); folderPath !== undefined; folderPath = folders.pop()) {
        const response = await named('GetFolder', context.region, client.send(new GetFolderCommand({ repositoryName: repository.name, commitSpecifier: tip.commitId, folderPath })));
        const folder = parse(FolderSchema, response, 'folder');
        folders.push(...(folder.subFolders ?? []).map(({ absolutePath }) => absolutePath));
        for (const file of folder.files ?? []) {
          if (ignoredFiles.some((glob) => glob.test(file.absolutePath.replace(/^\/+/, '')))) continue;
          const content = await named('GetBlob', context.region, blobContent(client, repository.name, file.blobId));
          if (content === null) found.unscanned.push(file.absolutePath);
          else if (content.length > 0) {
            // Latin-1 maps every byte to a character, as Prowler decodes blobs, so binary files scan without failing.
            const text = Buffer.from(content).toString('latin1');
            for (const { line, kind } of await detectSecrets(text, ignorePatterns)) found.secrets.push({ path: file.absolutePath, line, kind });
          }
        }
      }
      return found;
    });
    return { ...resource, scan };
  },
});

/** The request's answer; its failure named after `operation`, since one field covers a repository's many calls. */
async function named<T>(operation: string, region: string, request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw new UnreadDataError({ service: 'codecommit', region, operation, message: describeError(error) });
  }
}

/** A blob's bytes, or null when CodeCommit refuses to hand out a file that large. */
async function blobContent(client: CodeCommitClient, repositoryName: string, blobId: string): Promise<Uint8Array | null> {
  try {
    const { content } = await client.send(new GetBlobCommand({ repositoryName, blobId }));
    return content ?? new Uint8Array();
  } catch (error) {
    if (isNotFound(error, 'FileTooLargeException')) return null;
    throw error;
  }
}

export default { repositories, fileSecrets };
