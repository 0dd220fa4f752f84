import { testCheck } from '../../../test/helpers/check-cases.js';
import { tcpPortExposureCases } from '../../../test/helpers/tcp-port-exposure-cases.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_sql_server_1433_1434.js';

testCheck(check, tcpPortExposureCases(check, { name: 'SQL Server', ports: [1433, 1434] }, 443));
