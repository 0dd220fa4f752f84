import { defineCheck } from '../../../src/checks/check.js';
import { judgeTcpPortExposure } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_elasticsearch_kibana_9200_9300_5601',
  uses: { ec2: ['securityGroups'] },
  run(input, report) {
    judgeTcpPortExposure(input, report, { name: 'Elasticsearch/Kibana', ports: [9200, 9300, 5601] });
  },
});
