import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import { defineCollection, type Collection, type CollectionScope } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import { offersService } from '../../../src/services/regions.js';
import { UnreadDataError, failureOf, need, type AwsResource, type Field, type ResourceMap } from '../../../src/services/resource-map.js';

const ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1', 'us-east-1'],
  globalRegion: 'us-east-1',
};

/** Where the collections below fail, while the other scanned region reads fine. */
const DENIED_REGION = 'eu-west-1';
const ALLOWED_REGION = 'us-east-1';

type Thing = AwsResource;

interface ThingCount extends AwsResource {
  count: Field<number>;
}

const thingArn = (region: string, id: string) => `arn:aws:test:${region}:${ACCOUNT.id}:thing/${id}`;

const thing = (region: string, id: string): Thing => ({ arn: thingArn(region, id), id, region, tags: {} });

/** A real client factory that no collection here uses: `calls` stays empty unless something reaches AWS. */
function testScope(): CollectionScope {
  const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
  return { account: ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(1) }) };
}

function loadAs<T extends AwsResource>(loader: CollectionLoader, collection: Collection<T>): Promise<ResourceMap<T>> {
  return loader.load(collection) as Promise<ResourceMap<T>>;
}

/** Lists one thing per region, except where AWS denies the listing. */
const deniedThings = defineCollection<Thing>({
  service: 'test',
  name: 'things',
  scope: 'regional',
  async load(context) {
    await context.read('ListThings', () => {
      if (context.region === DENIED_REGION) return Promise.reject(Object.assign(new Error('not allowed to list things'), { name: 'AccessDenied' }));
      context.resources.add(thing(context.region, 'listed'));
      return Promise.resolve();
    });
  },
});

describe('CollectionLoader', () => {
  it('loads a collection that two others need once, and hands both the same map', async () => {
    const loadedIn: string[] = [];
    const shared = defineCollection<Thing>({
      service: 'test',
      name: 'shared',
      scope: 'regional',
      load(context) {
        loadedIn.push(context.region);
        context.resources.add(thing(context.region, 'shared'));
        return Promise.resolve();
      },
    });
    const handedTo = new Map<string, ResourceMap<Thing>>();
    const dependent = (name: string) =>
      defineCollection<Thing, { shared: typeof shared }>({
        service: 'test',
        name,
        scope: 'regional',
        needs: { shared },
        load(context, dependencies) {
          handedTo.set(name, dependencies.shared);
          for (const found of dependencies.shared.all(context.region)) context.resources.add(thing(context.region, `${name}-${found.id}`));
          return Promise.resolve();
        },
      });
    const scope = testScope();
    const loader = new CollectionLoader(scope);

    const [left, right] = await Promise.all([loadAs(loader, dependent('left')), loadAs(loader, dependent('right'))]);
    const sharedMap = await loadAs(loader, shared);

    expect(loadedIn.sort()).toEqual(ACCOUNT.regions);
    expect(handedTo.get('left')).toBe(sharedMap);
    expect(handedTo.get('right')).toBe(sharedMap);
    expect(left.all().map((resource) => resource.id).sort()).toEqual(['left-shared', 'left-shared']);
    expect(right.all()).toHaveLength(2);
    expect(scope.clients.calls.size).toBe(0);
  });

  it("records a loader's own error on its collection, for that region only, instead of rejecting", async () => {
    const broken = defineCollection<Thing>({
      service: 'test',
      name: 'brokenThings',
      scope: 'regional',
      load(context) {
        if (context.region === DENIED_REGION) return Promise.reject(new TypeError('answer shaped unlike any schema'));
        context.resources.add(thing(context.region, 'fine'));
        return Promise.resolve();
      },
    });
    const loader = new CollectionLoader(testScope());

    const map = await loadAs(loader, broken);

    expect(map.failures).toEqual([
      {
        service: 'test',
        collection: 'brokenThings',
        region: DENIED_REGION,
        operation: 'loading brokenThings',
        message: 'TypeError: answer shaped unlike any schema',
      },
    ]);
    expect(() => map.all(DENIED_REGION)).toThrow(UnreadDataError);
    expect(map.all(ALLOWED_REGION).map((resource) => resource.id)).toEqual(['fine']);
    expect(await loader.failures()).toEqual(map.failures);
  });

  describe('a dependency whose listing failed', () => {
    const deniedListing = { service: 'test', region: DENIED_REGION, operation: 'ListThings', message: 'AccessDenied: not allowed to list things' };

    it("fails the dependent's read with the dependency's call, so the dependent's region is unlisted too", async () => {
      const copies = defineCollection<Thing, { things: typeof deniedThings }>({
        service: 'test',
        name: 'copies',
        scope: 'regional',
        needs: { things: deniedThings },
        async load(context, dependencies) {
          await context.read('CopyThings', () => {
            for (const found of dependencies.things.all(context.region)) context.resources.add(thing(context.region, `copy-of-${found.id}`));
            return Promise.resolve();
          });
        },
      });
      const loader = new CollectionLoader(testScope());

      const map = await loadAs(loader, copies);

      expect(map.failures).toEqual([{ ...deniedListing, collection: 'copies' }]);
      expect(() => map.all(DENIED_REGION)).toThrow(new UnreadDataError({ ...deniedListing, collection: 'copies' }));
      expect(map.all(ALLOWED_REGION).map((resource) => resource.id)).toEqual(['copy-of-listed']);
    });

    it("leaves the dependent's field unread with the dependency's call, the resource itself listed", async () => {
      const counts = defineCollection<ThingCount, { things: typeof deniedThings }>({
        service: 'test',
        name: 'thingCounts',
        scope: 'regional',
        needs: { things: deniedThings },
        async load(context, dependencies) {
          const arn = thingArn(context.region, 'count');
          context.resources.add({
            arn,
            id: 'count',
            region: context.region,
            tags: {},
            count: await context.field('CountThings', arn, () => Promise.resolve(dependencies.things.all(context.region).length)),
          });
        },
      });
      const loader = new CollectionLoader(testScope());

      const map = await loadAs(loader, counts);
      const countIn = (region: string) => map.all(region)[0]!.count;

      expect(map.listingFailures()).toEqual([]);
      expect(failureOf(countIn(DENIED_REGION))).toEqual({
        ...deniedListing,
        collection: 'thingCounts',
        resourceArn: thingArn(DENIED_REGION, 'count'),
      });
      expect(() => need(countIn(DENIED_REGION))).toThrow(UnreadDataError);
      expect(need(countIn(ALLOWED_REGION))).toBe(1);
    });
  });
});

describe('where a regional collection is read', () => {
  const readIn = (endpoint: string | undefined, service = 'test') => {
    const regions: string[] = [];
    const collection = defineCollection<Thing>({
      service,
      name: 'where',
      scope: 'regional',
      ...(endpoint ? { endpoint } : {}),
      load(context) {
        regions.push(context.region);
        return Promise.resolve();
      },
    });
    const scope = { ...testScope(), account: { ...ACCOUNT, regions: ['ap-east-2', 'eu-west-1', 'xx-future-1'] } };
    return new CollectionLoader(scope).load(collection).then(() => regions.sort());
  };

  it('skips a region where its API has no endpoint (WAF Classic regional is not in ap-east-2)', async () => {
    expect(await readIn('waf-regional')).toEqual(['eu-west-1', 'xx-future-1']);
  });

  it("maps a service to AWS's endpoint when their names differ (VPC is EC2's API, offered in ap-east-2)", async () => {
    expect(await readIn(undefined, 'vpc')).toEqual(['ap-east-2', 'eu-west-1', 'xx-future-1']);
  });

  it('tries every region for a service the table does not know', async () => {
    expect(await readIn(undefined, 'test')).toEqual(['ap-east-2', 'eu-west-1', 'xx-future-1']);
  });
});

describe('offersService', () => {
  it.each([
    ['network-firewall', 'us-east-1', true],
    ['waf-regional', 'ap-east-2', false],
    ['ec2', 'xx-future-1', true],
    ['not-a-service', 'eu-west-1', true],
  ])('%s in %s: %s', (endpoint, region, offered) => {
    expect(offersService(endpoint, region)).toBe(offered);
  });
});
