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

    it('says when a request raised the priority, and when', async () => {
      const a = await h.store.request(req({}));
      expect(a.raised).toBe(false);
      const b = await h.store.request(req({ reason: 'risk', level: 'disclosed', priority: 80, at: '2026-01-01T00:05:00.000Z' }));
      expect(b.raised).toBe(true);
      expect(b.ticket.raisedAt).toBe('2026-01-01T00:05:00.000Z');
      expect((await h.store.request(req({ priority: 80 }))).raised).toBe(false);
    });

    it('of 100 concurrent claims on two connections exactly one wins', async () => {
      const other = h.second ? await h.second() : h.store;
      for (let round = 0; round < 3; round += 1) {
        const { ticket } = await h.store.request(req({ conversationId: `race-${round}` }));
        const results = await Promise.all(
          Array.from({ length: 100 }, (_, i) => (i % 2 ? other : h.store).claim(ticket.id, `counselor-${i}`, '2026-01-01T00:10:00.000Z')),
        );
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok && r.reason === 'already_claimed')).toHaveLength(99);
      }
    });

    it('lets only the owner transfer, release or close a claimed ticket', async () => {
      const { ticket } = await h.store.request(req({}));
      await h.store.claim(ticket.id, 'anna', '2026-01-01T00:10:00.000Z');
      expect(await h.store.transfer(ticket.id, 'bao', 'chi', '2026-01-01T00:11:00.000Z')).toMatchObject({ ok: false, reason: 'not_owner' });
      expect(await h.store.release(ticket.id, 'bao', '2026-01-01T00:11:00.000Z')).toMatchObject({ ok: false, reason: 'not_owner' });
      expect(await h.store.closeAs(ticket.id, { by: 'bao', outcome: 'resolved', at: '2026-01-01T00:11:00.000Z', ratingRequested: false })).toMatchObject({
        ok: false,
        reason: 'not_owner',
      });
      const moved = await h.store.transfer(ticket.id, 'anna', 'chi', '2026-01-01T00:12:00.000Z');
      expect(moved.ok && moved.ticket.claimedBy).toBe('chi');
      expect(await h.store.transfer(ticket.id, 'anna', 'bao', '2026-01-01T00:13:00.000Z')).toMatchObject({ ok: false, reason: 'not_owner' });
      const closed = await h.store.closeAs(ticket.id, { by: 'chi', outcome: 'resolved', at: '2026-01-01T00:14:00.000Z', ratingRequested: true });
      expect(closed.ok && closed.ticket).toMatchObject({ status: 'closed', closedBy: 'chi', outcome: 'resolved', ratingPending: true });
      expect(await h.store.transfer(ticket.id, 'chi', 'anna', '2026-01-01T00:15:00.000Z')).toMatchObject({ ok: false, reason: 'closed' });
    });

    it('a released ticket goes back to the queue and keeps its place', async () => {
      await h.store.request(req({ conversationId: 'first', at: '2026-01-01T00:01:00.000Z' }));
      const { ticket } = await h.store.request(req({ conversationId: 'second', at: '2026-01-01T00:00:00.000Z' }));
      await h.store.claim(ticket.id, 'anna', '2026-01-01T00:10:00.000Z');
      const released = await h.store.release(ticket.id, 'anna', '2026-01-01T00:20:00.000Z');
      expect(released.ok && released.ticket.status).toBe('queued');
      expect(released.ok && released.ticket.claimedBy).toBeUndefined();
      expect((await h.store.queue()).map((t) => t.conversationId)).toEqual(['second', 'first']);
      expect(await h.store.release(ticket.id, 'anna', '2026-01-01T00:21:00.000Z')).toMatchObject({ ok: false, reason: 'not_claimed' });
    });

    it('any counselor may close a queued ticket; a rating is taken once', async () => {
      const { ticket } = await h.store.request(req({}));
      const closed = await h.store.closeAs(ticket.id, { by: 'bao', outcome: 'duplicate', at: '2026-01-01T00:05:00.000Z', ratingRequested: true });
      expect(closed.ok).toBe(true);
      expect(await h.store.rate(ticket.id, 4, '2026-01-01T00:06:00.000Z')).toBe(true);
      expect(await h.store.rate(ticket.id, 1, '2026-01-01T00:07:00.000Z')).toBe(false);
      expect(await h.store.get(ticket.id)).toMatchObject({ rating: 4, ratingPending: false });
    });

    it('latestFor gives the open ticket, else the newest closed one', async () => {
      const first = await h.store.request(req({ at: '2026-01-01T00:00:00.000Z' }));
      await h.store.close(first.ticket.id, 'anna', 'resolved', '2026-01-01T00:01:00.000Z');
      const second = await h.store.request(req({ at: '2026-01-01T00:02:00.000Z' }));
      expect((await h.store.latestFor('c1'))?.id).toBe(second.ticket.id);
      await h.store.close(second.ticket.id, 'anna', 'resolved', '2026-01-01T00:03:00.000Z');
      expect((await h.store.latestFor('c1'))?.id).toBe(second.ticket.id);
      expect(await h.store.latestFor('nobody')).toBeUndefined();
    });

    it('keeps the thread in order with delivery status, and notes apart from it', async () => {
      const { ticket } = await h.store.request(req({ reference: '{"a":1}', locality: 'x1' }));
      expect(ticket).toMatchObject({ reference: '{"a":1}', locality: 'x1' });
      await h.store.addMessage({ ticketId: ticket.id, at: '2026-01-01T00:00:00.000Z', author: 'teen', text: 'trước', status: 'received', context: true });
      const out = await h.store.addMessage({ ticketId: ticket.id, at: '2026-01-01T00:01:00.000Z', author: 'counselor', counselorId: 'anna', text: 'chào', status: 'pending' });
      const failed = await h.store.updateMessage(out.seq, { status: 'failed', failureCode: 'window_closed', platformCode: '10/2018278' });
      expect(failed).toMatchObject({ status: 'failed', failureCode: 'window_closed', platformCode: '10/2018278', counselorId: 'anna' });
      await h.store.addNote({ ticketId: ticket.id, at: '2026-01-01T00:02:00.000Z', authorId: 'anna', text: 'ghi chú' });
      const thread = await h.store.messages(ticket.id, 10);
      expect(thread.map((m) => [m.author, m.text, m.context])).toEqual([
        ['teen', 'trước', true],
        ['counselor', 'chào', false],
      ]);
      expect((await h.store.messages(ticket.id, 1)).map((m) => m.text)).toEqual(['chào']);
      expect((await h.store.notes(ticket.id)).map((n) => n.text)).toEqual(['ghi chú']);
      expect(await h.store.deleteByUser('u1')).toBe(1);
      expect(await h.store.messages(ticket.id, 10)).toEqual([]);
      expect(await h.store.notes(ticket.id)).toEqual([]);
    });

    it('marks an alert only once per previous value (one instance alerts)', async () => {
      const { ticket } = await h.store.request(req({}));
      expect(await h.store.markAlerted(ticket.id, '2026-01-01T00:05:00.000Z', undefined)).toBe(true);
      expect(await h.store.markAlerted(ticket.id, '2026-01-01T00:05:00.000Z', undefined)).toBe(false);
      expect(await h.store.markAlerted(ticket.id, '2026-01-01T00:10:00.000Z', '2026-01-01T00:05:00.000Z')).toBe(true);
      await h.store.markNotice(ticket.id, '2026-01-01T00:06:00.000Z');
      expect(await h.store.get(ticket.id)).toMatchObject({ lastAlertAt: '2026-01-01T00:10:00.000Z', noticeAt: '2026-01-01T00:06:00.000Z' });
    });

    it('retention removes old thread content by ticket kind and strips old closed tickets of the user id', async () => {
      const ordinary = await h.store.request(req({ conversationId: 'o', userId: 'uo', at: '2026-01-01T00:00:00.000Z' }));
      const risk = await h.store.request(req({ conversationId: 'r', userId: 'ur', reason: 'risk', level: 'imminent', priority: 100, at: '2026-01-01T00:00:00.000Z' }));
      for (const t of [ordinary.ticket, risk.ticket]) {
        await h.store.addMessage({ ticketId: t.id, at: '2026-01-02T00:00:00.000Z', author: 'teen', text: 'x', status: 'received' });
        await h.store.addNote({ ticketId: t.id, at: '2026-01-02T00:00:00.000Z', authorId: 'anna', text: 'n' });
        await h.store.close(t.id, 'anna', 'resolved', '2026-01-03T00:00:00.000Z');
      }
      expect(await h.store.riskConversations('2026-01-01T00:00:00.000Z')).toEqual(['r']);
      const n = await h.store.purgeContentBefore({ ordinaryBefore: '2026-02-01T00:00:00.000Z', safetyBefore: '2026-01-01T12:00:00.000Z' });
      expect(n).toBe(3);
      expect(await h.store.messages(ordinary.ticket.id, 10)).toEqual([]);
      expect(await h.store.messages(risk.ticket.id, 10)).toHaveLength(1);
      expect(await h.store.get(ordinary.ticket.id)).toMatchObject({ userId: '', outcome: 'resolved' });
      expect((await h.store.get(risk.ticket.id))?.userId).toBe('ur');
    });
  });
}
