import { testCheck } from '../../../test/helpers/check-cases.js';
import { tcpPortExposureCases } from '../../../test/helpers/tcp-port-exposure-cases.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389.js';

testCheck(check, tcpPortExposureCases(check, { name: 'RDP', ports: [3389] }, 22));
