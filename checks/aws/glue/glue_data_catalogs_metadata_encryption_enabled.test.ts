import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { dataCatalog } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_data_catalogs_metadata_encryption_enabled.js';

testCheck(check, [
  { name: 'no catalog settings read', expect: [] },
  {
    name: 'each region with tables is judged under the catalog ARN, with the account as resource id',
    given: ({ glue }) => {
      glue.dataCatalogs.add(dataCatalog('eu-west-1'));
      glue.dataCatalogs.add(dataCatalog('us-east-1', { metadataEncryptionMode: 'DISABLED', metadataKmsKeyId: null }));
    },
    expect: [
      { status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: 'encrypts its metadata with KMS key alias/glue' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'does not encrypt its metadata' },
    ],
  },
  {
    name: 'the service-role variant of SSE-KMS fails, as in Prowler',
    given: ({ glue }) => glue.dataCatalogs.add(dataCatalog('eu-west-1', { metadataEncryptionMode: 'SSE-KMS-WITH-SERVICE-ROLE' })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'eu-west-1', detail: 'SSE-KMS-WITH-SERVICE-ROLE' }],
  },
  {
    name: 'a catalog without tables is skipped by default',
    given: ({ glue }) => glue.dataCatalogs.add(dataCatalog('us-east-1', { metadataEncryptionMode: 'DISABLED', metadataKmsKeyId: null, hasTables: false })),
    expect: [],
  },
  {
    name: 'a catalog without tables is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ glue }) => glue.dataCatalogs.add(dataCatalog('us-east-1', { metadataEncryptionMode: 'DISABLED', metadataKmsKeyId: null, hasTables: false })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'unknown table presence is an error by default',
    given: ({ glue }) => glue.dataCatalogs.add(dataCatalog('eu-west-1', { hasTables: unreadBy('glue', 'SearchTables') })),
    expect: [{ status: 'ERROR', resource: '111122223333', region: 'eu-west-1', detail: 'SearchTables' }],
  },
  {
    name: 'unknown table presence does not matter when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ glue }) => glue.dataCatalogs.add(dataCatalog('eu-west-1', { hasTables: unreadBy('glue', 'SearchTables') })),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1' }],
  },
  {
    name: 'a region whose settings could not be read is an error there',
    given: ({ glue }) => glue.dataCatalogs.fail({ region: 'us-east-1', operation: 'GetDataCatalogEncryptionSettings', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'glue:GetDataCatalogEncryptionSettings', region: 'us-east-1' }],
  },
]);
