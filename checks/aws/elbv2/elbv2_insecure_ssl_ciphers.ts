import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** Predefined policies that allow TLS 1.2 or later only, with forward-secret ciphers. */
const SECURE_POLICIES = new Set([
  'ELBSecurityPolicy-TLS-1-2-2017-01',
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06',
  'ELBSecurityPolicy-FS-1-2-2019-08',
  'ELBSecurityPolicy-FS-1-2-Res-2019-08',
  'ELBSecurityPolicy-FS-1-2-Res-2020-10',
  'ELBSecurityPolicy-TLS13-1-2-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
]);

export default defineCheck({
  id: 'elbv2_insecure_ssl_ciphers',
  uses: { elbv2: ['listeners'] },
  run({ elbv2 }, report) {
    report.each(elbv2.listeners, (balancer) => {
      const weak = need(balancer.listeners).filter((listener) => listener.protocol === 'HTTPS' && !SECURE_POLICIES.has(listener.sslPolicy ?? ''));
      return verdict(
        weak.length === 0,
        `Load balancer ${balancer.name} has no HTTPS listener that allows old TLS versions or weak ciphers.`,
        `Load balancer ${balancer.name} has HTTPS listeners allowing old TLS versions or weak ciphers (${weak.map((listener) => `port ${listener.port}: ${listener.sslPolicy ?? 'no policy'}`).join(', ')}).`,
      );
    });
  },
});
