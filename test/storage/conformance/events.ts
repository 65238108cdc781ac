import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBusError, MAX_EVENT_BYTES, type DeliveredEvent, type EventBus } from '../../../src/storage/ports/events';

export interface EventsHarness {
  bus: EventBus;
  /** Another instance's bus on the same shared feed (Cosmos); absent for the in-process bus. */
  second?: () => Promise<EventBus>;
  close: () => Promise<void>;
}

/** Waits until `check` holds (polling every 10 ms) or fails after `ms`. */
async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** What every EventBus must do (in-process for SQLite, change feed for Cosmos DB): see src/storage/ports/events.ts. */
export function eventsConformance(make: () => Promise<EventsHarness>): void {
  describe('event bus', () => {
    let h: EventsHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('delivers a published event to this instance’s subscribers once, stamped and copied', async () => {
      const got: DeliveredEvent[] = [];
      h.bus.subscribe((e) => got.push(e));
      const data = { ticketId: 't1', text: 'Em cần giúp' };
      const sent = await h.bus.publish({ topic: 'handoff.conversation', key: 't1', data });
      data.text = 'changed after publish';
      await until(() => got.length >= 1, 1000);
      await new Promise((r) => setTimeout(r, 300));
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ topic: 'handoff.conversation', key: 't1', data: { ticketId: 't1', text: 'Em cần giúp' }, origin: h.bus.instanceId, id: sent.id });
    });

    it('filters by topic, and stops after unsubscribe', async () => {
      const queue: string[] = [];
      const stop = h.bus.subscribe((e) => queue.push(e.topic), { topics: ['handoff.queue'] });
      await h.bus.publish({ topic: 'handoff.conversation', data: 1 });
      await h.bus.publish({ topic: 'handoff.queue', data: 2 });
      stop();
      await h.bus.publish({ topic: 'handoff.queue', data: 3 });
      expect(queue).toEqual(['handoff.queue']);
    });

    it('isolates a throwing handler from the others', async () => {
      const got: unknown[] = [];
      h.bus.subscribe(() => {
        throw new Error('bad handler');
      });
      h.bus.subscribe((e) => got.push(e.data));
      await h.bus.publish({ topic: 't', data: 'ok' });
      expect(got).toEqual(['ok']);
    });

    it('refuses oversized events', async () => {
      await expect(h.bus.publish({ topic: 't', data: 'x'.repeat(MAX_EVENT_BYTES + 1) })).rejects.toBeInstanceOf(EventBusError);
    });

    it('reaches another instance within 2 s, once, in the publisher’s order', async () => {
      if (!h.second) return;
      const other = await h.second();
      expect(other.instanceId).not.toBe(h.bus.instanceId);
      const remote: DeliveredEvent[] = [];
      const local: DeliveredEvent[] = [];
      other.subscribe((e) => remote.push(e));
      h.bus.subscribe((e) => local.push(e));
      const started = Date.now();
      for (let i = 0; i < 5; i += 1) await h.bus.publish({ topic: 'handoff.conversation', key: 't1', data: { i } });
      await until(() => remote.length >= 5, 2000);
      expect(Date.now() - started).toBeLessThan(2000);
      await new Promise((r) => setTimeout(r, 500));
      expect(remote.map((e) => (e.data as { i: number }).i)).toEqual([0, 1, 2, 3, 4]);
      expect(remote.every((e) => e.origin === h.bus.instanceId)).toBe(true);
      expect(local).toHaveLength(5);
    });
  });
}
