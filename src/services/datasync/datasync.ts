import { DataSyncClient, DescribeTaskCommand, paginateListTasks } from '@aws-sdk/client-datasync';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListTasks returns at most 100 tasks a page. */
const PAGE_SIZE = 100;

/** A DataSync task; `id` is the last part of its ARN (task-...), `name` its name when it has one. */
export type DataSyncTask = AwsResource;

export interface DescribedDataSyncTask extends DataSyncTask {
  /** The CloudWatch Logs group the task logs to; null when it logs nowhere. */
  cloudWatchLogGroupArn: Field<string | null>;
}

const TaskSchema = z.object({ TaskArn: z.string(), Name: z.string().optional() });

const DescribeTaskSchema = z.object({ CloudWatchLogGroupArn: z.string().optional() });

const tasks = defineCollection<DataSyncTask>({
  service: 'datasync',
  name: 'tasks',
  scope: 'regional',
  async load(context) {
    const pages = paginateListTasks({ client: context.client(DataSyncClient), pageSize: PAGE_SIZE }, {});
    for (const task of await context.items('ListTasks', pages, (page) => page.Tasks, TaskSchema, 'DataSync task')) {
      context.resources.add({
        arn: task.TaskArn,
        id: task.TaskArn.split('/').at(-1) ?? task.TaskArn,
        ...(task.Name ? { name: task.Name } : {}),
        region: context.region,
        tags: {},
      });
    }
  },
});

/**
 * Each task's settings, a DescribeTask call per task: only the logging check asks for them. A
 * task deleted since the listing has no log group to report, which Prowler takes for none.
 */
const taskDescriptions = perListedResource<DescribedDataSyncTask, DataSyncTask>({
  service: 'datasync',
  name: 'taskDescriptions',
  scope: 'regional',
  listed: tasks,
  operation: 'ListTasks',
  async read(context, task) {
    const cloudWatchLogGroupArn = await context.field('DescribeTask', task.arn, async () => {
      const response = await unlessAbsent(context.client(DataSyncClient).send(new DescribeTaskCommand({ TaskArn: task.arn })), 'ResourceNotFoundException');
      return response ? (parse(DescribeTaskSchema, response, 'DataSync task').CloudWatchLogGroupArn ?? null) : null;
    });
    return { ...task, cloudWatchLogGroupArn };
  },
});

export default { tasks, taskDescriptions };
