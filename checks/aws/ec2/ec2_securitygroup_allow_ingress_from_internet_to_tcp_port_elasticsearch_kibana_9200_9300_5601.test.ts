import { testCheck } from '../../../test/helpers/check-cases.js';
import { tcpPortExposureCases } from '../../../test/helpers/tcp-port-exposure-cases.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_elasticsearch_kibana_9200_9300_5601.js';

testCheck(check, tcpPortExposureCases(check, { name: 'Elasticsearch/Kibana', ports: [9200, 9300, 5601] }, 443));
