import { ACMClient, DescribeCertificateCommand, ListCertificatesCommand, ListTagsForCertificateCommand } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll, readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (id: string) => `arn:aws:acm:eu-west-1:${FIXTURE_ACCOUNT.id}:certificate/${id}`;
const NOW = new Date('2026-06-15T12:00:00Z');
const HOUR = 60 * 60 * 1000;

describe('ACM certificates on AWS-shaped answers', () => {
  const acm = mockClient(ACMClient);
  beforeEach(() => vi.useFakeTimers({ now: NOW, toFake: ['Date'] }));
  afterEach(() => {
    acm.reset();
    vi.useRealTimers();
  });
  afterAll(() => acm.restore());

  it('asks for every key type, and counts whole days to expiry as Prowler does', async () => {
    acm.on(ListCertificatesCommand).callsFake((input: { MaxItems?: number; Includes?: { keyTypes?: string[] } }) => {
      expect(input.MaxItems).toBe(1000);
      expect(input.Includes?.keyTypes).toEqual(['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1']);
      const summary = (id: string, notAfter?: Date) => ({ CertificateArn: arn(id), DomainName: `${id}.example.com`, Type: 'AMAZON_ISSUED', KeyAlgorithm: 'RSA_2048', InUse: true, NotAfter: notAfter });
      return {
        CertificateSummaryList: [
          summary('an-hour-ago', new Date(NOW.getTime() - HOUR)),
          summary('in-23-hours', new Date(NOW.getTime() + 23 * HOUR)),
          summary('in-49-hours', new Date(NOW.getTime() + 49 * HOUR)),
          summary('pending'),
        ],
      };
    });
    acm.on(ListTagsForCertificateCommand).resolves({ Tags: [{ Key: 'team', Value: 'web' }] });

    const loaded = await loadService(scope(), 'acm', ['certificates']);

    expect(Object.fromEntries(readAll(loaded.certificates).map((certificate) => [certificate.id, certificate.daysToExpiry]))).toEqual({
      'an-hour-ago': -1,
      'in-23-hours': 0,
      'in-49-hours': 2,
      pending: 0,
    });
    expect(readFields(resourceAt(loaded.certificates, arn('pending')))).toMatchObject({ notAfter: null, tags: { team: 'web' } });
  });

  it('describes only certificates ACM issued, and a failed description leaves just that one unread', async () => {
    acm.on(ListCertificatesCommand).resolves({
      CertificateSummaryList: [
        { CertificateArn: arn('issued'), DomainName: 'a.example.com', Type: 'AMAZON_ISSUED', KeyAlgorithm: 'RSA_2048', InUse: true },
        { CertificateArn: arn('private'), DomainName: 'b.example.com', Type: 'PRIVATE', KeyAlgorithm: 'EC_prime256v1', InUse: true },
        { CertificateArn: arn('imported'), DomainName: 'c.example.com', Type: 'IMPORTED', KeyAlgorithm: 'RSA_4096', InUse: true },
      ],
    });
    acm.on(ListTagsForCertificateCommand).resolves({});
    acm.on(DescribeCertificateCommand, { CertificateArn: arn('issued') }).resolves({ Certificate: { Options: { CertificateTransparencyLoggingPreference: 'ENABLED' } } });
    acm.on(DescribeCertificateCommand, { CertificateArn: arn('private') }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }));

    const loaded = await loadService(scope(), 'acm', ['certificateTransparency']);

    expect(acm.commandCalls(DescribeCertificateCommand)).toHaveLength(2);
    expect(readFields(resourceAt(loaded.certificateTransparency, arn('issued'))).transparencyLogging).toBe(true);
    expect(readFields(resourceAt(loaded.certificateTransparency, arn('imported'))).transparencyLogging).toBeNull();
    expect(() => readFields(resourceAt(loaded.certificateTransparency, arn('private')))).toThrow(/DescribeCertificate failed in eu-west-1/);
  });
});
