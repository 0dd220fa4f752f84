import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'firehose_stream_encrypted_at_rest',
  uses: { firehose: ['deliveryStreams'], kafka: ['clusters'] },
  run({ firehose, kafka }, report) {
    report.each(firehose.deliveryStreams, (stream) => {
      const { encryptionStatus, type, mskClusterArn } = need(stream.configuration);
      if (encryptionStatus === 'ENABLED') return pass(`Firehose stream ${stream.id} encrypts its data at rest.`);
      // MSK always encrypts what it stores, so a stream reading from a cluster of this account is covered by it.
      if (type === 'MSKAsSource' && mskClusterArn !== null && readsKnownCluster(mskClusterArn)) {
        return pass(`Firehose stream ${stream.id} reads from MSK cluster ${mskClusterArn}, which encrypts its data at rest.`);
      }
      return fail(`Firehose stream ${stream.id} does not encrypt its data at rest.`);
    });

    function readsKnownCluster(clusterArn: string): boolean {
      if (kafka.clusters.found().some((cluster) => cluster.arn === clusterArn)) return true;
      // Not finding the cluster proves nothing while its region's clusters are unknown.
      kafka.clusters.ensureListed(clusterArn.split(':')[3]);
      return false;
    }
  },
});
