import { expect, it } from 'vitest';
import { findingsOf, testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { imageSecretsScan, repositoryImageSecrets } from '../../../test/helpers/fixtures/ecr.js';
import check from './ecr_repository_image_no_secrets.js';

const secret = (kind: string, place: string) => ({ kind, place });

testCheck(check, [
  { name: 'no repositories', expect: [] },
  {
    name: 'a repository without a scannable image is not judged',
    given: ({ ecr }) => ecr.imageSecrets.add(repositoryImageSecrets('empty', { imageSecrets: null })),
    expect: [],
  },
  {
    name: 'a fully scanned clean image passes, named by repository, tag and short digest',
    given: ({ ecr }) => ecr.imageSecrets.add(repositoryImageSecrets('app')),
    expect: [{ status: 'PASS', resource: 'app:v1@0123456789ab', detail: "image 'v1' (sha256:0123456789abcdef0123)" }],
  },
  {
    name: 'secrets fail naming variable, build step and file, and say when part went unscanned',
    given: ({ ecr }) => {
      ecr.imageSecrets.add(
        repositoryImageSecrets('leaky', {
          imageSecrets: imageSecretsScan({
            scan: {
              state: 'scanned',
              incomplete: false,
              secrets: [secret('AWS access key', 'environment variable AWS_ACCESS_KEY_ID'), secret('GitHub token', 'image history step 3')],
            },
          }),
        }),
      );
      ecr.imageSecrets.add(
        repositoryImageSecrets('partial', {
          imageSecrets: imageSecretsScan({ tag: 'None', scan: { state: 'scanned', incomplete: true, secrets: [secret('Private key', 'file app/key.pem (layer sha256:aa)')] } }),
        }),
      );
    },
    expect: [
      { status: 'FAIL', resource: 'leaky:v1@0123456789ab', detail: 'AWS access key in environment variable AWS_ACCESS_KEY_ID, GitHub token in image history step 3.' },
      { status: 'FAIL', resource: 'partial:None@0123456789ab', detail: 'Private key in file app/key.pem (layer sha256:aa). Part of the image was over the scan limits' },
    ],
  },
  {
    name: 'an image scanned only in part, or whose manifest could not be resolved, is MANUAL',
    given: ({ ecr }) => {
      ecr.imageSecrets.add(repositoryImageSecrets('multiarch', { imageSecrets: imageSecretsScan({ scan: { state: 'scanned', secrets: [], incomplete: true } }) }));
      ecr.imageSecrets.add(repositoryImageSecrets('artifact', { imageSecrets: imageSecretsScan({ scan: { state: 'unresolved' } }) }));
    },
    expect: [
      { status: 'MANUAL', resource: 'multiarch:v1@0123456789ab', detail: 'No secrets in the scanned part' },
      { status: 'MANUAL', resource: 'artifact:v1@0123456789ab', detail: 'No single image manifest could be resolved' },
    ],
  },
  {
    name: 'an image that could not be read: ERROR on the repository naming the call',
    given: ({ ecr }) => {
      ecr.imageSecrets.add(repositoryImageSecrets('denied', { imageSecrets: unreadBy('ecr', 'BatchGetImage') }));
      ecr.imageSecrets.add(repositoryImageSecrets('unlisted', { imageSecrets: unreadBy('ecr', 'DescribeImages') }));
    },
    expect: [
      { status: 'ERROR', resource: 'denied', detail: 'BatchGetImage' },
      { status: 'ERROR', resource: 'unlisted', detail: 'DescribeImages' },
    ],
  },
  {
    name: 'repositories that could not be listed: ERROR',
    given: ({ ecr }) => ecr.imageSecrets.fail({ region: 'eu-west-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecr:DescribeRepositories' }],
  },
]);

it("reports an image under its repository's ARN with the short digest appended, as Prowler does", () => {
  const [finding] = findingsOf(check, ({ ecr }) => ecr.imageSecrets.add(repositoryImageSecrets('app')));
  expect(finding?.resource.arn).toBe(`${repositoryImageSecrets('app').arn}/image/0123456789ab`);
});
