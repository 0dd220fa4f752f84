import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'transfer_server_in_transit_encryption_enabled',
  uses: { transfer: ['servers'] },
  run({ transfer }, report) {
    report.each(transfer.servers, (server) =>
      verdict(
        !need(server.configuration).protocols.includes('FTP'),
        `Transfer Family server ${server.id} accepts only encrypted protocols.`,
        `Transfer Family server ${server.id} accepts plain FTP, which is not encrypted in transit.`,
      ),
    );
  },
});
