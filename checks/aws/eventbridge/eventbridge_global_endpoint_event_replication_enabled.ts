import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eventbridge_global_endpoint_event_replication_enabled',
  uses: { eventbridge: ['endpoints'] },
  run({ eventbridge }, report) {
    report.each(eventbridge.endpoints, (endpoint) =>
      verdict(
        endpoint.replicationState !== 'DISABLED',
        `EventBridge global endpoint ${endpoint.name} has event replication enabled.`,
        `EventBridge global endpoint ${endpoint.name} does not have event replication enabled.`,
      ),
    );
  },
});
