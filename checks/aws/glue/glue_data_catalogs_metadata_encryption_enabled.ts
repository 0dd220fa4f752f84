import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'glue_data_catalogs_metadata_encryption_enabled',
  uses: { glue: ['dataCatalogs'] },
  run({ glue, options }, report) {
    report.each(glue.dataCatalogs, (catalog) => {
      if (!options.scanUnusedServices && !need(catalog.hasTables)) return notApplicable('the Data Catalog holds no table');
      // Only SSE-KMS counts, as in Prowler: the service-role variant fails too.
      return verdict(
        catalog.metadataEncryptionMode === 'SSE-KMS',
        `The Glue Data Catalog in ${catalog.region} encrypts its metadata with KMS key ${catalog.metadataKmsKeyId ?? '(none named)'}.`,
        `The Glue Data Catalog in ${catalog.region} does not encrypt its metadata with SSE-KMS (mode ${catalog.metadataEncryptionMode}).`,
      );
    });
  },
});
