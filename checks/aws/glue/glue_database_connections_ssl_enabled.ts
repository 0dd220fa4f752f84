import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'glue_database_connections_ssl_enabled',
  uses: { glue: ['connections'] },
  run({ glue }, report) {
    report.each(glue.connections, (connection) =>
      verdict(
        connection.enforceSsl === 'true',
        `Glue connection ${connection.name} enforces SSL.`,
        `Glue connection ${connection.name} does not enforce SSL (JDBC_ENFORCE_SSL is not true).`,
      ),
    );
  },
});
