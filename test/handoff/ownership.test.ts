import { describe, expect, it } from 'vitest';
import { maySend, ownershipOf, routeInbound, transition, TRANSITIONS, type HandoffCommand, type Ownership, type Sender } from '../../src/handoff/ownership';

const T = (state: Ownership, command: HandoffCommand) => transition(state, command);

describe('ownership state machine', () => {
  it('derives the state from the open ticket alone', () => {
    expect(ownershipOf(undefined)).toBe('bot');
    expect(ownershipOf({ status: 'closed' })).toBe('bot');
    expect(ownershipOf({ status: 'queued' })).toBe('queued');
    expect(ownershipOf({ status: 'claimed' })).toBe('human');
  });

  it.each<[Ownership, HandoffCommand, string]>([
    ['bot', 'request', 'queued'],
    ['queued', 'request', 'queued'],
    ['human', 'request', 'human'],
    ['queued', 'claim', 'human'],
    ['human', 'claim', 'already_claimed'],
    ['bot', 'claim', 'closed'],
    ['human', 'transfer_by_owner', 'human'],
    ['human', 'transfer_by_other', 'not_owner'],
    ['queued', 'transfer_by_owner', 'not_claimed'],
    ['human', 'release_by_owner', 'queued'],
    ['human', 'release_by_other', 'not_owner'],
    ['queued', 'close_by_other', 'bot'],
    ['human', 'close_by_owner', 'bot'],
    ['human', 'close_by_other', 'not_owner'],
    ['bot', 'close_by_owner', 'closed'],
    ['queued', 'withdraw', 'bot'],
    ['queued', 'withdraw_risk', 'risk_stays'],
    ['human', 'withdraw', 'not_owner'],
  ])('%s + %s → %s', (state, command, expected) => {
    const r = T(state, command);
    expect(r.ok ? r.to : r.reason).toBe(expected);
  });

  it('has a decision for every state and command (no gaps in the table)', () => {
    const commands = Object.keys(TRANSITIONS.bot) as HandoffCommand[];
    for (const state of ['bot', 'queued', 'human'] as Ownership[]) {
      expect(Object.keys(TRANSITIONS[state]).sort()).toEqual([...commands].sort());
    }
    // Every path back to the bot goes through an explicit close or withdraw (peer failure: fragile return).
    const toBot = (Object.entries(TRANSITIONS) as [Ownership, Record<HandoffCommand, ReturnType<typeof transition>>][])
      .flatMap(([from, row]) => Object.entries(row).filter(([, r]) => r.ok && r.to === 'bot' && from !== 'bot').map(([c]) => c));
    expect(new Set(toBot)).toEqual(new Set(['close_by_owner', 'close_by_other', 'withdraw']));
  });

  it.each<[Ownership, Sender, boolean]>([
    ['bot', 'bot', true],
    ['queued', 'bot', true],
    // Regression (rasa-agent-bot-demo#12): the bot keeps replying after a person took over.
    ['human', 'bot', false],
    // The safety answer always goes out.
    ['human', 'safety', true],
    ['queued', 'safety', true],
    ['human', 'handoff_notice', true],
    ['human', 'owner', true],
    ['human', 'other_counselor', false],
    // A counselor cannot write into a chat that is back with the bot (chatwoot#4008) or not yet claimed.
    ['bot', 'owner', false],
    ['queued', 'owner', false],
  ])('in %s, may %s send? %s', (state, sender, expected) => {
    expect(maySend(state, sender)).toBe(expected);
  });

  it('routes the teen: bot → dialogs, queued → dialogs and the ticket, human → only the counselor', () => {
    expect(routeInbound('bot')).toBe('dialogs');
    expect(routeInbound('queued')).toBe('dialogs_and_ticket');
    expect(routeInbound('human')).toBe('counselor');
  });
});
