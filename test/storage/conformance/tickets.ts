import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffRequest, TicketStore } from '../../../src/storage/ports/tickets';

export interface TicketHarness {
  store: TicketStore;
  reopen: () => Promise<TicketStore>;
  second?: () => Promise<TicketStore>;
  close: () => Promise<void>;
}

const req = (over: Partial<HandoffRequest>): HandoffRequest => ({
  conversationId: 'c1',
  userId: 'u1',
  channel: 'webchat',
  lang: 'vi',
  reason: 'user_request',
  priority: 10,
  at: '2026-01-01T00:00:00.000Z',
  ...over,
});

export function ticketConformance(make: () => Promise<TicketHarness>): void {
  describe('ticket store', () => {
    let h: TicketHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('keeps one open ticket per conversation and raises its priority for a more urgent request', async () => {
      const a = await h.store.request(req({}));
      const b = await h.store.request(req({ reason: 'risk', level: 'imminent', category: 'self_harm', priority: 100 }));
      expect(a.created).toBe(true);
      expect(b.created).toBe(false);
      expect(b.ticket.id).toBe(a.ticket.id);
      expect(b.ticket.priority).toBe(100);
      expect(b.ticket.level).toBe('imminent');
      const c = await h.store.request(req({ priority: 1 }));
      expect(c.ticket.priority).toBe(100);
    });

    it('orders the queue by priority, then waiting time', async () => {
      await h.store.request(req({ conversationId: 'late-low', priority: 10, at: '2026-01-01T00:03:00.000Z' }));
      await h.store.request(req({ conversationId: 'early-low', priority: 10, at: '2026-01-01T00:01:00.000Z' }));
      await h.store.request(req({ conversationId: 'high', priority: 90, at: '2026-01-01T00:05:00.000Z' }));
      expect((await h.store.queue()).map((t) => t.conversationId)).toEqual(['high', 'early-low', 'late-low']);
    });

    it('of many concurrent claims exactly one wins; the others are told why', async () => {
      const { ticket } = await h.store.request(req({}));
      const other = h.second ? await h.second() : h.store;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : h.store).claim(ticket.id, `counselor-${i}`, '2026-01-01T00:10:00.000Z')),
      );
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'already_claimed')).toBe(true);
      expect((await h.store.get(ticket.id))?.claimedBy).toBe(winners[0]?.ok ? winners[0].ticket.claimedBy : 'none');
    });

    it('a closed ticket frees the conversation for a new one', async () => {
      const { ticket } = await h.store.request(req({}));
      const closed = await h.store.close(ticket.id, 'counselor-1', 'resolved', '2026-01-01T01:00:00.000Z');
      expect(closed?.status).toBe('closed');
      expect(closed?.outcome).toBe('resolved');
      expect(await h.store.openFor('c1')).toBeUndefined();
      expect((await h.store.claim(ticket.id, 'x', '2026-01-01T02:00:00.000Z')).ok).toBe(false);
      expect((await h.store.request(req({}))).created).toBe(true);
    });

    it('deletes a user\'s tickets and keeps them across reopen otherwise', async () => {
      await h.store.request(req({ userId: 'u1', conversationId: 'c1' }));
      await h.store.request(req({ userId: 'u2', conversationId: 'c2' }));
      const reopened = await h.reopen();
      expect(await reopened.deleteByUser('u1')).toBe(1);
      expect((await reopened.queue()).map((t) => t.userId)).toEqual(['u2']);
    });
  });
}
