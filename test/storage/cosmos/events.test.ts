import type { Container } from '@azure/cosmos';
import { describe, expect, it } from 'vitest';
import { InProcessEventBus } from '../../../src/storage/in-process-events';
import { CosmosEventBus } from '../../../src/storage/cosmos/events';
import { eventsConformance } from '../conformance/events';
import { cosmosDatabase, localCosmosForFile } from '../../helpers/cosmos';

const cosmos = localCosmosForFile();

describe('in-process (SQLite mode)', () => {
  eventsConformance(async () => {
    const bus = new InProcessEventBus();
    return { bus, close: () => bus.close() };
  });
});

describe('Cosmos DB', () => {
  eventsConformance(async () => {
    const db = await cosmosDatabase(await cosmos(), ['events']);
    const buses = [await CosmosEventBus.start(db.containers.events, { pollMs: 50 })];
    return {
      bus: buses[0] as CosmosEventBus,
      second: async () => {
        const bus = await CosmosEventBus.start((await db.reopen()).events, { pollMs: 50 });
        buses.push(bus);
        return bus;
      },
      close: async () => {
        for (const b of buses) await b.close();
        await db.close();
      },
    };
  });

  it('falls back to polling on a server whose change feed never reports changes (the local test server)', async () => {
    const db = await cosmosDatabase(await cosmos(), ['events']);
    const bus = await CosmosEventBus.start(db.containers.events);
    expect(bus.mode).toBe('poll');
    await bus.close();
    await db.close();
  });
});

/**
 * The local server's change feed never reports changes, so the change-feed reader (what runs on Azure) is
 * exercised here on a container double with an in-memory feed: documents appear in write order, a read
 * returns what was written since the previous read (304 when nothing), as the pull model does.
 */
function feedContainer(): Container {
  const docs: Record<string, unknown>[] = [];
  const iterator = () => {
    let pos = -1;
    return {
      hasMoreResults: true,
      readNext: () => {
        const out = pos < 0 ? [] : docs.slice(pos);
        pos = docs.length;
        return Promise.resolve({ result: out, statusCode: out.length > 0 ? 200 : 304 });
      },
    };
  };
  const create = (doc: Record<string, unknown>) => {
    const stored = { ...doc, _ts: Math.floor(Date.now() / 1000) };
    docs.push(stored);
    return Promise.resolve({ resource: stored });
  };
  return { items: { create, getChangeFeedIterator: iterator } } as unknown as Container;
}

describe('Cosmos DB bus on a working change feed', () => {
  eventsConformance(async () => {
    const container = feedContainer();
    const buses = [await CosmosEventBus.start(container, { pollMs: 20 })];
    expect(buses[0]?.mode).toBe('changefeed');
    return {
      bus: buses[0] as CosmosEventBus,
      second: async () => {
        const bus = await CosmosEventBus.start(container, { pollMs: 20 });
        buses.push(bus);
        return bus;
      },
      close: async () => {
        for (const b of buses) await b.close();
      },
    };
  });
});
