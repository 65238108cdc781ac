import { describe, expect, it } from 'vitest';
import { HandoffHub, type ConversationEvent, type QueueEvent } from '../../src/handoff/events';
import { InProcessEventBus } from '../../src/storage/in-process-events';
import type { BusEvent, DeliveredEvent } from '../../src/storage/ports/events';

/** Two app instances: each bus delivers its own events locally and hands a copy to the other (the change feed). */
class LinkedBus extends InProcessEventBus {
  peer: LinkedBus | undefined;
  override async publish<T>(event: BusEvent<T>): Promise<DeliveredEvent<T>> {
    const delivered = await super.publish(event);
    this.peer?.receive(delivered);
    return delivered;
  }
  receive(e: DeliveredEvent): void {
    this.deliver(e);
  }
}

function twoInstances() {
  const a = new LinkedBus({ instanceId: 'A' });
  const b = new LinkedBus({ instanceId: 'B' });
  a.peer = b;
  b.peer = a;
  return { hubA: new HandoffHub(a), hubB: new HandoffHub(b) };
}

const flush = () => new Promise((r) => setImmediate(r));
const alert = (to?: string): QueueEvent => ({ type: 'alert', alert: { kind: 'new', ticketId: 't1', priority: 80, channel: 'zalo', at: '2026-01-01T00:00:00.000Z', ...(to ? { to } : {}) } });

describe('handoff hub across instances (EventBus)', () => {
  it('an alert raised on one instance reaches the counselors of both, once each; a directed one only its counselor', async () => {
    const { hubA, hubB } = twoInstances();
    const anna: QueueEvent[] = [];
    const bao: QueueEvent[] = [];
    hubA.subscribeQueue('anna', (e) => anna.push(e), () => undefined);
    hubB.subscribeQueue('bao', (e) => bao.push(e), () => undefined);
    hubB.publishQueue(alert());
    hubB.publishQueue(alert('anna'));
    await flush();
    const alerts = (events: QueueEvent[]) => events.filter((e) => e.type === 'alert').map((e) => (e.type === 'alert' ? e.alert.to ?? 'all' : ''));
    expect(alerts(anna)).toEqual(['all', 'anna']);
    expect(alerts(bao)).toEqual(['all']);
  });

  it('a teen message handled on instance B reaches the conversation view open on instance A', async () => {
    const { hubA, hubB } = twoInstances();
    const seen: ConversationEvent[] = [];
    hubA.subscribeConversation('t1', 'anna', (e) => seen.push(e), () => undefined);
    hubB.publishConversation('t1', { type: 'message', message: { seq: 1, at: '2026-01-01T00:00:00.000Z', author: 'teen', text: 'chào', status: 'received', context: false } });
    hubB.publishConversation('t2', { type: 'message', message: { seq: 2, at: '2026-01-01T00:00:00.000Z', author: 'teen', text: 'khác', status: 'received', context: false } });
    await flush();
    expect(seen.map((e) => e.type === 'message' && e.message.text)).toEqual(['chào']);
  });

  it('counts counselors online on every instance, and drops them when their console closes', async () => {
    const { hubA, hubB } = twoInstances();
    const annaSees: QueueEvent[] = [];
    hubA.subscribeQueue('anna', (e) => annaSees.push(e), () => undefined);
    const leave = hubB.subscribeQueue('bao', () => undefined, () => undefined);
    await flush();
    expect(hubA.online().sort()).toEqual(['anna', 'bao']);
    expect(annaSees.filter((e) => e.type === 'presence').at(-1)).toEqual({ type: 'presence', online: 2 });
    leave();
    await flush();
    expect(hubA.online()).toEqual(['anna']);
    expect(annaSees.filter((e) => e.type === 'presence').at(-1)).toEqual({ type: 'presence', online: 1 });
  });

  it('ends every stream at shutdown', () => {
    const hub = new HandoffHub(new InProcessEventBus());
    let ended = 0;
    hub.subscribeQueue('anna', () => undefined, () => (ended += 1));
    hub.subscribeConversation('t1', 'anna', () => undefined, () => (ended += 1));
    hub.endAll();
    expect(ended).toBe(2);
  });
});
