import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import type { HttpListener } from '../../../src/services/elbv2/elbv2.js';

const redirectsToHttps = (listener: HttpListener) =>
  listener.rules.some((rule) => rule.actions.some((action) => action.type === 'redirect' && action.redirectProtocol === 'HTTPS'));

export default defineCheck({
  id: 'elbv2_ssl_listeners',
  uses: { elbv2: ['httpListeners'] },
  run({ elbv2 }, report) {
    report.each(elbv2.httpListeners, (balancer) => {
      if (balancer.type !== 'application') return notApplicable('only Application Load Balancers have HTTP listeners');
      const subject = `Application Load Balancer ${balancer.name}`;
      // Prowler lets each HTTP listener overwrite the verdict of the one before, so the last HTTP
      // listener (in DescribeListeners order) decides.
      const decisive = need(balancer.httpListeners).at(-1);
      if (!decisive) return pass(`${subject} has no plain-HTTP listeners.`);
      return redirectsToHttps(decisive)
        ? pass(`${subject} has a plain-HTTP listener on port ${decisive.port}, which redirects to HTTPS.`)
        : fail(`${subject} has a plain-HTTP listener on port ${decisive.port} that does not redirect to HTTPS.`);
    });
  },
});
