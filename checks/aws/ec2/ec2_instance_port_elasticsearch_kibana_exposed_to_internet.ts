import { defineCheck } from '../../../src/checks/check.js';
import { judgeInstancePortExposure } from '../../../src/checks/instance-port-exposure.js';

export default defineCheck({
  id: 'ec2_instance_port_elasticsearch_kibana_exposed_to_internet',
  uses: { ec2: ['instances', 'securityGroups'], vpc: ['subnets'] },
  run(input, report) {
    judgeInstancePortExposure(input, report, [9200, 9300, 5601], 'Elasticsearch/Kibana');
  },
});
