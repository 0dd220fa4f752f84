import { testCheck } from '../../../test/helpers/check-cases.js';
import { instancePortExposureCases } from '../../../test/helpers/instance-port-exposure-cases.js';
import check from './ec2_instance_port_cassandra_exposed_to_internet.js';

testCheck(check, instancePortExposureCases([7000, 7001, 7199, 9042, 9160], 'Cassandra', 22));
