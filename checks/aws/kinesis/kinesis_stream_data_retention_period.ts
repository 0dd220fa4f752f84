import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kinesis_stream_data_retention_period',
  uses: { kinesis: ['streams'] },
  config: ['min_kinesis_stream_retention_hours'],
  run({ kinesis, config }, report) {
    report.each(kinesis.streams, (stream) => {
      const hours = need(stream.settings).retentionHours;
      return verdict(
        hours >= config.min_kinesis_stream_retention_hours,
        `Kinesis stream ${stream.id} keeps records for ${hours} hours, at least the ${config.min_kinesis_stream_retention_hours} required.`,
        `Kinesis stream ${stream.id} keeps records for only ${hours} hours, under the ${config.min_kinesis_stream_retention_hours} required.`,
      );
    });
  },
});
