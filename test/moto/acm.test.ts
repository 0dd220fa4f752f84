import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACMClient, ImportCertificateCommand, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/**
 * A self-signed P-256 certificate valid for 400 days, made with openssl for the test rather than
 * kept as key material in the repository.
 */
function selfSignedCertificate(commonName: string): { Certificate: Uint8Array; PrivateKey: Uint8Array } {
  const folder = mkdtempSync(join(tmpdir(), 'acm-'));
  try {
    const [certificatePath, keyPath] = [join(folder, 'cert.pem'), join(folder, 'key.pem')];
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-subj', `/CN=${commonName}`, '-days', '400', '-keyout', keyPath, '-out', certificatePath,
    ], { stdio: 'ignore' });
    return { Certificate: readFileSync(certificatePath), PrivateKey: readFileSync(keyPath) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('ACM collections against moto', () => {
  beforeEach(resetMoto);

  it('lists certificates of every key type per region, with tags, expiry and transparency preference', async () => {
    const east = new ACMClient(seedConfig('us-east-1'));
    const west = new ACMClient(seedConfig('eu-west-1'));
    const requested = await east.send(
      new RequestCertificateCommand({
        DomainName: 'www.example.com',
        Options: { CertificateTransparencyLoggingPreference: 'DISABLED', Export: 'DISABLED' },
        Tags: [{ Key: 'team', Value: 'web' }],
      }),
    );
    const imported = await west.send(new ImportCertificateCommand(selfSignedCertificate('imported.example.com')));

    const acm = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'acm');

    expect(failuresIn(acm)).toEqual([]);
    expect(acm.certificates.all()).toHaveLength(2);
    const issued = readFields(resourceAt(acm.certificates, requested.CertificateArn!));
    expect(issued).toMatchObject({
      id: requested.CertificateArn!.split('/').pop(),
      name: 'www.example.com',
      region: 'us-east-1',
      tags: { team: 'web' },
      domainName: 'www.example.com',
      type: 'AMAZON_ISSUED',
      keyAlgorithm: 'RSA_2048',
      inUse: false,
    });
    expect(issued.daysToExpiry).toBeGreaterThan(300);
    expect(Date.parse(issued.notAfter!)).toBeGreaterThan(Date.now());

    // EC keys are listed only because every key type is asked for.
    const own = readFields(resourceAt(acm.certificates, imported.CertificateArn!));
    expect(own).toMatchObject({ region: 'eu-west-1', domainName: 'imported.example.com', type: 'IMPORTED', keyAlgorithm: 'EC_prime256v1', tags: {} });
    expect(own.daysToExpiry).toBeGreaterThanOrEqual(398);
    expect(own.daysToExpiry).toBeLessThanOrEqual(400);

    expect(readFields(resourceAt(acm.certificateTransparency, requested.CertificateArn!))).toMatchObject({ type: 'AMAZON_ISSUED', transparencyLogging: false });
    expect(readFields(resourceAt(acm.certificateTransparency, imported.CertificateArn!))).toMatchObject({ type: 'IMPORTED', transparencyLogging: null });
  });

  it('an empty account lists no certificates and no failures', async () => {
    const acm = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'acm');
    expect(acm.certificates.all()).toEqual([]);
    expect(acm.certificateTransparency.all()).toEqual([]);
    expect(failuresIn(acm)).toEqual([]);
  });
});
