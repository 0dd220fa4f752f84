import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'glue_data_catalogs_connection_passwords_encryption_enabled',
  uses: { glue: ['dataCatalogs'] },
  run({ glue, options }, report) {
    report.each(glue.dataCatalogs, (catalog) => {
      if (!options.scanUnusedServices && !need(catalog.hasTables)) return notApplicable('the Data Catalog holds no table');
      return verdict(
        catalog.connectionPasswordsEncrypted,
        `The Glue Data Catalog in ${catalog.region} encrypts connection passwords with KMS key ${catalog.connectionPasswordKmsKeyId ?? '(none named)'}.`,
        `The Glue Data Catalog in ${catalog.region} does not encrypt connection passwords.`,
      );
    });
  },
});
