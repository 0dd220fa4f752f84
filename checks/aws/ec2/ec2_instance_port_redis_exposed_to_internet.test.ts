import { testCheck } from '../../../test/helpers/check-cases.js';
import { instancePortExposureCases } from '../../../test/helpers/instance-port-exposure-cases.js';
import check from './ec2_instance_port_redis_exposed_to_internet.js';

testCheck(check, instancePortExposureCases([6379], 'Redis', 22));
