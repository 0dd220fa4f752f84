import { testCheck } from '../../../test/helpers/check-cases.js';
import { tcpPortExposureCases } from '../../../test/helpers/tcp-port-exposure-cases.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_oracle_1521_2483.js';

testCheck(check, tcpPortExposureCases(check, { name: 'Oracle', ports: [1521, 2483] }, 443));
