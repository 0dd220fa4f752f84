import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'directoryservice_directory_monitor_notifications',
  uses: { directoryservice: ['directoryEventTopics'] },
  run({ directoryservice }, report) {
    report.each(directoryservice.directoryEventTopics, (directory) =>
      verdict(
        need(directory.eventTopics).length > 0,
        `Directory ${directory.id} sends its status changes to SNS.`,
        `Directory ${directory.id} sends its status changes to no SNS topic.`,
      ),
    );
  },
});
