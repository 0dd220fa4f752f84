import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dms_endpoint_redis_in_transit_encryption_enabled',
  uses: { dms: ['endpoints'] },
  run({ dms }, report) {
    report.each(dms.endpoints, (endpoint) => {
      if (endpoint.engineName !== 'redis') return notApplicable('not a Redis OSS endpoint');
      return verdict(
        endpoint.redisSslProtocol === 'ssl-encryption',
        `DMS endpoint ${endpoint.id} encrypts its Redis OSS traffic with TLS.`,
        `DMS endpoint ${endpoint.id} sends its Redis OSS traffic unencrypted.`,
      );
    });
  },
});
