import { testCheck } from '../../../test/helpers/check-cases.js';
import { tcpPortExposureCases } from '../../../test/helpers/tcp-port-exposure-cases.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_cassandra_7199_9160_8888.js';

testCheck(check, tcpPortExposureCases(check, { name: 'Cassandra', ports: [7199, 9160, 8888] }, 443));
