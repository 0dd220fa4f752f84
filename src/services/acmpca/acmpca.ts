import { ACMPCAClient, paginateListCertificateAuthorities } from '@aws-sdk/client-acm-pca';
import { z } from 'zod';
import type { SdkClient, SdkClientClass } from '../../provider/clients.js';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** An AWS Private CA; `id` is the last part of its ARN. */
export interface CertificateAuthority extends AwsResource {
  /** CREATING, PENDING_CERTIFICATE, ACTIVE, DELETED, DISABLED, EXPIRED or FAILED; empty when AWS gives none. */
  status: string;
  /** ROOT or SUBORDINATE; empty when AWS gives none. */
  type: string;
  /** RSA_2048, EC_prime256v1, ML_DSA_65...; empty when AWS gives none. */
  keyAlgorithm: string;
}

/** ListCertificateAuthorities accepts up to 1000 a page (and answers at most 100). */
const PAGE_SIZE = 1000;

const CertificateAuthoritySchema = z.object({
  Arn: z.string(),
  Status: z.string().nullish(),
  Type: z.string().nullish(),
  CertificateAuthorityConfiguration: z.object({ KeyAlgorithm: z.string().nullish() }).nullish(),
});

/**
 * The installed @aws-sdk/client-acm-pca (3.523) is typed against older Smithy types than the
 * client factory; its client is made by the factory all the same, and typed as its own here.
 */
const AcmPcaClientClass = ACMPCAClient as unknown as SdkClientClass<SdkClient>;

const certificateAuthorities = defineCollection<CertificateAuthority>({
  service: 'acmpca',
  name: 'certificateAuthorities',
  scope: 'regional',
  async load(context) {
    const pages = paginateListCertificateAuthorities({ client: context.client(AcmPcaClientClass) as unknown as ACMPCAClient, pageSize: PAGE_SIZE }, {});
    const listed = await context.items('ListCertificateAuthorities', pages, (page) => page.CertificateAuthorities, CertificateAuthoritySchema, 'certificate authority');
    for (const authority of listed) {
      context.resources.add({
        arn: authority.Arn,
        id: authority.Arn.split('/').pop() ?? authority.Arn,
        region: context.region,
        tags: {},
        status: authority.Status ?? '',
        type: authority.Type ?? '',
        keyAlgorithm: authority.CertificateAuthorityConfiguration?.KeyAlgorithm ?? '',
      });
    }
  },
});

export default { certificateAuthorities };
