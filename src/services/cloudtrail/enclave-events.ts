import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { defineCollection, type Collection, type LoadContext } from '../collection.js';
import type { AwsResource, Field } from '../resource-map.js';
import { ENCLAVE_KMS_EVENT_NAMES, LOOKUP_PAGE_SIZE, eventCap, type EnclaveSearch } from './enclave-search.js';
import { eventLookups, type EventPage } from './threat-events.js';

/**
 * The first page of one region's search for one KMS event name. Only pages that held something or
 * could not be read are kept: a missing page is an empty answer, or a search never sent because
 * the event cap was reached before it.
 */
export interface KmsEventPage extends AwsResource {
  eventName: string;
  answer: Field<Pick<EventPage, 'eventCount' | 'truncated' | 'enclaveCalls'>>;
}

/**
 * The enclave KMS calls of one check's window (its `*_lookback_window_hours` and `*_max_events`
 * keys), searched as Prowler does: every scanned region in name order, each event name in turn,
 * the first page of each, until the events counted (of any caller) reach the cap. The pages
 * surely before the cap are searched at once (a page holds at most 50 events), the rest one by
 * one while the count is short of it. One collection per check, each with its own window; the
 * searches they share, with each other or the threat-detection checks, are sent once.
 */
export function enclaveKmsEvents(name: string, search: EnclaveSearch): Collection<KmsEventPage> {
  return defineCollection<KmsEventPage>({
    service: 'cloudtrail',
    name,
    scope: 'global',
    async load(context) {
      if (!search.useful(context.config)) return;
      const minutes = search.minutes(context.config[search.hours]);
      const cap = eventCap(context.config[search.cap]);
      const order = [...context.account.regions].sort().flatMap((region) => ENCLAVE_KMS_EVENT_NAMES.map((eventName) => ({ region, eventName })));
      const surelyReached = Math.min(order.length, Math.ceil(cap / LOOKUP_PAGE_SIZE));
      const first = await Promise.all(order.slice(0, surelyReached).map(({ region, eventName }) => searchPage(context.inRegion(region), eventName, minutes)));
      let counted = first.reduce((sum, events) => sum + events, 0);
      for (const { region, eventName } of order.slice(surelyReached)) {
        if (counted >= cap) break;
        counted += await searchPage(context.inRegion(region), eventName, minutes);
      }
    },
  });
}

/** Searches one page and keeps it when it held something or failed; returns how many events it held (none when failed, as Prowler counts). */
async function searchPage(context: LoadContext<KmsEventPage>, eventName: string, minutes: number): Promise<number> {
  const arn = context.arn('cloudtrail', `lookup-events/${eventName}`);
  let read: EventPage | undefined;
  const answer = await context.field('LookupEvents', arn, async () => {
    read = await eventLookups(context.client(CloudTrailClient)).page(eventName, minutes);
    return { eventCount: read.eventCount, truncated: read.truncated, enclaveCalls: read.enclaveCalls };
  });
  if (!read || read.eventCount > 0 || read.truncated) context.resources.add({ arn, id: eventName, region: context.region, tags: {}, eventName, answer });
  return read?.eventCount ?? 0;
}
