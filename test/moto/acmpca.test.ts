import { ACMPCAClient, CreateCertificateAuthorityCommand } from '@aws-sdk/client-acm-pca';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

describe('AWS Private CA collections against moto', () => {
  beforeEach(resetMoto);

  it('lists certificate authorities per region with their status and key algorithm', async () => {
    const create = async (region: string, keyAlgorithm: 'RSA_2048' | 'EC_prime256v1', commonName: string) => {
      const response = await new ACMPCAClient(seedConfig(region)).send(
        new CreateCertificateAuthorityCommand({
          CertificateAuthorityType: 'ROOT',
          CertificateAuthorityConfiguration: { KeyAlgorithm: keyAlgorithm, SigningAlgorithm: 'SHA256WITHRSA', Subject: { CommonName: commonName } },
        }),
      );
      return response.CertificateAuthorityArn!;
    };
    const eastArn = await create('us-east-1', 'RSA_2048', 'east.internal');
    const westArn = await create('eu-west-1', 'EC_prime256v1', 'west.internal');

    const acmpca = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'acmpca');

    expect(failuresIn(acmpca)).toEqual([]);
    expect(readAll(acmpca.certificateAuthorities).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: westArn, id: westArn.split('/').pop(), region: 'eu-west-1', tags: {}, status: 'PENDING_CERTIFICATE', type: 'ROOT', keyAlgorithm: 'EC_prime256v1' },
      { arn: eastArn, id: eastArn.split('/').pop(), region: 'us-east-1', tags: {}, status: 'PENDING_CERTIFICATE', type: 'ROOT', keyAlgorithm: 'RSA_2048' },
    ]);
  });
});
