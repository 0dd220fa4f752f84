import { defineCheck, verdict } from '../../../src/checks/check.js';

/** Field log levels that record resolver errors at least. */
const LOGGING_LEVELS = new Set(['ALL', 'ERROR']);

export default defineCheck({
  id: 'appsync_field_level_logging_enabled',
  uses: { appsync: ['graphqlApis'] },
  run({ appsync }, report) {
    report.each(appsync.graphqlApis, (api) =>
      verdict(
        LOGGING_LEVELS.has(api.fieldLogLevel),
        `AppSync API ${api.name} logs resolver fields at level ${api.fieldLogLevel}.`,
        `AppSync API ${api.name} does not log resolver fields at level ALL or ERROR (level: ${api.fieldLogLevel || 'none'}).`,
      ),
    );
  },
});
