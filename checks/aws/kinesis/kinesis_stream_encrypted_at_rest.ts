import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kinesis_stream_encrypted_at_rest',
  uses: { kinesis: ['streams'] },
  run({ kinesis }, report) {
    report.each(kinesis.streams, (stream) =>
      verdict(
        need(stream.settings).encryptionType === 'KMS',
        `Kinesis stream ${stream.id} encrypts its records with KMS.`,
        `Kinesis stream ${stream.id} does not encrypt its records at rest.`,
      ),
    );
  },
});
