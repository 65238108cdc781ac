import { describe, expect, it } from 'vitest';
import { ReplyWindowPolicy } from '../../src/channels/reply-window';

const H = 3600_000;
const policy = new ReplyWindowPolicy();
const at = (channel: string, hoursAgo: number | undefined, humanAgent = false) =>
  policy.decide({ channel, lastInboundAt: hoursAgo === undefined ? undefined : 1_000_000_000 - hoursAgo * H, now: 1_000_000_000, humanAgent });

describe('ReplyWindowPolicy', () => {
  it.each([
    // channel, hours since the user's last message, human?, allowed, tag, remaining hours
    ['messenger', 0, false, true, undefined, 24],
    ['messenger', 23.5, false, true, undefined, 0.5],
    ['messenger', 24, false, false, undefined, 0],
    ['messenger', 2, true, true, undefined, 166],
    ['messenger', 24, true, true, 'HUMAN_AGENT', 144],
    ['messenger', 167, true, true, 'HUMAN_AGENT', 1],
    ['messenger', 168, true, false, undefined, 0],
  ] as const)('%s after %s h (human %s): allowed %s, tag %s, %s h left', (channel, hours, human, allowed, tag, left) => {
    const d = at(channel, hours, human);
    expect(d.allowed).toBe(allowed);
    expect(d.tag).toBe(tag);
    expect(d.remainingMs).toBe(left * H);
    expect(d.free).toBe(true);
  });

  it('says why a Messenger bot message may not go out', () => {
    expect(at('messenger', 30).reason).toBe('human_only');
    expect(at('messenger', 200, true).reason).toBe('window_closed');
    expect(at('messenger', undefined).reason).toBe('no_inbound');
  });

  it('gives Zalo 7 days, free for the first 48 h, with no human extension', () => {
    expect(at('zalo', 47)).toMatchObject({ allowed: true, free: true, freeRemainingMs: 1 * H, remainingMs: 121 * H });
    expect(at('zalo', 48)).toMatchObject({ allowed: true, free: false, freeRemainingMs: 0 });
    expect(at('zalo', 167.5, true)).toMatchObject({ allowed: true, free: false, remainingMs: 0.5 * H });
    expect(at('zalo', 168, true)).toMatchObject({ allowed: false, reason: 'window_closed' });
    expect(at('zalo', undefined).allowed).toBe(false);
  });

  it('has no window on other channels', () => {
    expect(at('webchat', undefined)).toMatchObject({ allowed: true, free: true, remainingMs: Infinity });
  });
});
