import { ACMClient, DescribeCertificateCommand, ListTagsForCertificateCommand, paginateListCertificates, type KeyAlgorithm } from '@aws-sdk/client-acm';
import { z } from 'zod';
import { defineCollection, parse, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { known, type AwsResource, type Field } from '../resource-map.js';

/** An ACM certificate; `id` is the UUID that ends its ARN, `name` its domain name. */
export interface Certificate extends AwsResource {
  domainName: string;
  /** AMAZON_ISSUED, IMPORTED or PRIVATE. */
  type: string;
  /** As ACM names it: RSA_2048, EC_prime256v1... */
  keyAlgorithm: string;
  /** ISSUED, EXPIRED, PENDING_VALIDATION...; null when ACM does not say. */
  status: string | null;
  /** Associated with a load balancer, distribution or other AWS resource. */
  inUse: boolean;
  /** When it stops being valid, as an ISO timestamp; null until it is issued. */
  notAfter: string | null;
  /**
   * Whole days from the scan until it expires, rounded down (so negative once expired), and 0 when
   * it has no expiry date yet, as Prowler counts them.
   */
  daysToExpiry: number;
}

export interface CertificateTransparency extends Certificate {
  /**
   * Whether ACM records it in public Certificate Transparency logs; null for imported
   * certificates, which ACM never logs and which are not asked about.
   */
  transparencyLogging: Field<boolean | null>;
}

/** ListCertificates returns only RSA_1024 and RSA_2048 certificates unless asked for every key type. */
const EVERY_KEY_TYPE: KeyAlgorithm[] = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'];

/** ListCertificates answers at most 1000 certificates a page. */
const PAGE_SIZE = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

const SummarySchema = z.object({
  CertificateArn: z.string(),
  DomainName: z.string().nullish(),
  Type: z.string(),
  KeyAlgorithm: z.string(),
  Status: z.string().nullish(),
  InUse: z.boolean().nullish(),
  NotAfter: z.date().nullish(),
});

const TagsSchema = z.array(z.object({ Key: z.string(), Value: z.string().nullish() })).nullish();

const DetailSchema = z.object({
  Options: z.object({ CertificateTransparencyLoggingPreference: z.string().nullish() }).nullish(),
});

/**
 * Certificates of every key type, with their tags (one ListTagsForCertificate call each, since
 * the listing carries none).
 */
const certificates = defineCollection<Certificate>({
  service: 'acm',
  name: 'certificates',
  scope: 'regional',
  async load(context) {
    const client = context.client(ACMClient);
    const pages = paginateListCertificates({ client, pageSize: PAGE_SIZE }, { Includes: { keyTypes: EVERY_KEY_TYPE } });
    const listed = await context.items('ListCertificates', pages, (page) => page.CertificateSummaryList, SummarySchema, 'certificate');
    const now = Date.now();
    await readEach(listed, (summary) => loadCertificate(context, client, summary, now));
  },
});

async function loadCertificate(context: LoadContext<Certificate>, client: ACMClient, summary: z.infer<typeof SummarySchema>, now: number): Promise<void> {
  const arn = summary.CertificateArn;
  let tags: Record<string, string> = {};
  // Tags decide no verdict: a failed read is recorded and leaves none.
  await context.read('ListTagsForCertificate', async () => {
    const response = await client.send(new ListTagsForCertificateCommand({ CertificateArn: arn }));
    tags = Object.fromEntries((parse(TagsSchema, response.Tags, 'certificate tags') ?? []).map((tag) => [tag.Key, tag.Value ?? '']));
  }, arn);
  const domainName = summary.DomainName ?? '';
  context.resources.add({
    arn,
    id: arn.split('/').pop() ?? arn,
    name: domainName || undefined,
    region: context.region,
    tags,
    domainName,
    type: summary.Type,
    keyAlgorithm: summary.KeyAlgorithm,
    status: summary.Status ?? null,
    inUse: summary.InUse ?? false,
    notAfter: summary.NotAfter?.toISOString() ?? null,
    daysToExpiry: summary.NotAfter ? Math.floor((summary.NotAfter.getTime() - now) / DAY_MS) : 0,
  });
}

/**
 * Each certificate's transparency logging preference, which only DescribeCertificate gives: one
 * call per ACM-issued or private certificate, made only for the check that judges it.
 */
const certificateTransparency = defineCollection<CertificateTransparency, { certificates: typeof certificates }>({
  service: 'acm',
  name: 'certificateTransparency',
  scope: 'regional',
  needs: { certificates },
  async load(context, dependencies) {
    const client = context.client(ACMClient);
    await context.read('ListCertificates', async () => {
      await readEach(dependencies.certificates.all(context.region), async (certificate) => {
        const transparencyLogging =
          certificate.type === 'IMPORTED'
            ? known(null)
            : await context.field('DescribeCertificate', certificate.arn, async () => {
                const response = await client.send(new DescribeCertificateCommand({ CertificateArn: certificate.arn }));
                const detail = parse(DetailSchema, response.Certificate, 'certificate detail');
                return detail.Options?.CertificateTransparencyLoggingPreference === 'ENABLED';
              });
        context.resources.add({ ...certificate, transparencyLogging });
      });
    });
  },
});

export default { certificates, certificateTransparency };
