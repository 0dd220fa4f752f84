import { DescribeImageScanFindingsCommand, DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient, GetRegistryScanningConfigurationCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { failureOf } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (name: string) => `arn:aws:ecr:eu-west-1:${FIXTURE_ACCOUNT.id}:repository/${name}`;
const failure = (name: string, message = name) => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
const DOCKER = 'application/vnd.docker.container.image.v1+json';
const listed = (...names: string[]) => ({ repositories: names.map((name) => ({ repositoryName: name, repositoryArn: arn(name), imageScanningConfiguration: { scanOnPush: true } })) });

const ecr = mockClient(ECRClient);
afterEach(() => ecr.reset());
afterAll(() => ecr.restore());

// moto 5.2.1's DescribeImages gives no artifactMediaType, scan status or findings summary.
describe('ECR latest images', () => {
  it('takes the newest scannable image, from DescribeImages or, lacking a scan there, DescribeImageScanFindings', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves(listed('summarised', 'basic', 'rescanned', 'denied'));
    ecr.on(DescribeImagesCommand, { repositoryName: 'summarised' }).resolves({
      imageDetails: [
        { imageDigest: 'sha256:old', imageTags: ['v1'], imagePushedAt: new Date('2026-01-01'), artifactMediaType: DOCKER, imageScanStatus: { status: 'COMPLETE' }, imageScanFindingsSummary: { findingSeverityCounts: {} } },
        { imageDigest: 'sha256:new', imageTags: ['v2'], imagePushedAt: new Date('2026-02-01'), artifactMediaType: DOCKER, imageScanStatus: { status: 'COMPLETE' }, imageScanFindingsSummary: { findingSeverityCounts: { HIGH: 2 } } },
        { imageDigest: 'sha256:sig', imageTags: ['sha256-new.sig'], imagePushedAt: new Date('2026-03-01'), artifactMediaType: DOCKER },
        { imageDigest: 'sha256:helm', imageTags: ['chart'], imagePushedAt: new Date('2026-03-01'), artifactMediaType: 'application/vnd.cncf.helm.config.v1+json' },
      ],
    });
    ecr.on(DescribeImagesCommand, { repositoryName: 'basic' }).resolves({
      imageDetails: [{ imageDigest: 'sha256:b', imagePushedAt: new Date('2026-01-01'), artifactMediaType: 'application/vnd.oci.image.config.v1+json' }],
    });
    ecr.on(DescribeImageScanFindingsCommand, { repositoryName: 'basic' }).resolves({ imageScanStatus: { status: 'COMPLETE' }, imageScanFindings: { findingSeverityCounts: { CRITICAL: 1 } } });
    ecr.on(DescribeImagesCommand, { repositoryName: 'rescanned' }).resolves({
      imageDetails: [
        { imageDigest: 'sha256:older', imageTags: ['a'], imagePushedAt: new Date('2026-01-01'), artifactMediaType: DOCKER },
        { imageDigest: 'sha256:newer', imageTags: ['b'], imagePushedAt: new Date('2026-02-01'), artifactMediaType: DOCKER },
      ],
    });
    ecr.on(DescribeImageScanFindingsCommand, { repositoryName: 'rescanned', imageId: { imageDigest: 'sha256:newer' } }).rejects(failure('ScanNotFoundException'));
    ecr.on(DescribeImageScanFindingsCommand, { repositoryName: 'rescanned', imageId: { imageDigest: 'sha256:older' } }).resolves({ imageScanStatus: { status: 'FAILED' } });
    ecr.on(DescribeImagesCommand, { repositoryName: 'denied' }).rejects(failure('AccessDeniedException'));

    const loaded = await loadService(scope(), 'ecr', ['latestImages']);

    expect(readFields(resourceAt(loaded.latestImages, arn('summarised'))).latestImage).toEqual({
      digest: 'sha256:new',
      tag: 'v2',
      type: 'Docker',
      status: 'COMPLETE',
      severityCounts: { critical: 0, high: 2, medium: 0 },
    });
    expect(readFields(resourceAt(loaded.latestImages, arn('basic'))).latestImage).toEqual({
      digest: 'sha256:b',
      tag: 'None',
      type: 'OCI',
      status: 'COMPLETE',
      severityCounts: { critical: 1, high: 0, medium: 0 },
    });
    expect(readFields(resourceAt(loaded.latestImages, arn('rescanned'))).latestImage).toMatchObject({ digest: 'sha256:older', status: 'FAILED', severityCounts: null });
    expect(failureOf(resourceAt(loaded.latestImages, arn('denied')).latestImage)).toMatchObject({ operation: 'DescribeImages', resourceArn: arn('denied') });
    expect(ecr.commandCalls(DescribeImageScanFindingsCommand)).toHaveLength(3);
  });

  it('reads no images of a repository that does not scan on push', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'plain', repositoryArn: arn('plain') }] });

    const loaded = await loadService(scope(), 'ecr', ['latestImages']);

    expect(readFields(resourceAt(loaded.latestImages, arn('plain'))).latestImage).toBeNull();
    expect(ecr.commandCalls(DescribeImagesCommand)).toHaveLength(0);
  });
});

describe('ECR registry scanning configuration', () => {
  it('takes a switched-off feature for basic scanning without rules, and a denied read as unread', async () => {
    ecr.on(DescribeRepositoriesCommand).resolves(listed('app'));
    ecr.on(GetRegistryScanningConfigurationCommand).rejectsOnce(failure('ValidationException', 'This feature is disabled')).rejectsOnce(failure('AccessDeniedException'));
    const registryArn = `arn:aws:ecr:eu-west-1:${FIXTURE_ACCOUNT.id}:registry/${FIXTURE_ACCOUNT.id}`;

    const disabled = await loadService(scope(), 'ecr', ['registries']);
    const denied = await loadService(scope(), 'ecr', ['registries']);

    expect(readFields(resourceAt(disabled.registries, registryArn))).toMatchObject({ scanType: 'BASIC', rules: [], repositoryCount: 1 });
    expect(failureOf(resourceAt(denied.registries, registryArn).rules)).toMatchObject({ operation: 'GetRegistryScanningConfiguration' });
  });
});
