import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateUsernameError, type AuditLogStore, type ConsoleAccount, type ConsoleAccountStore, type ConsoleSessionStore } from '../../../src/storage/ports/console';

export interface ConsoleHarness {
  accounts: ConsoleAccountStore;
  sessions: ConsoleSessionStore;
  audit: AuditLogStore;
  close: () => Promise<void>;
}

const account = (over: Partial<ConsoleAccount>): ConsoleAccount => ({
  id: 'a1',
  username: 'lan',
  displayName: 'Lan',
  role: 'counselor',
  passwordHash: 'scrypt$x',
  disabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

export function consoleConformance(make: () => Promise<ConsoleHarness>): void {
  describe('console accounts, sessions and audit log', () => {
    let h: ConsoleHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('finds accounts by username case-insensitively and refuses duplicates', async () => {
      await h.accounts.create(account({}));
      expect((await h.accounts.findByUsername('LAN'))?.id).toBe('a1');
      await expect(h.accounts.create(account({ id: 'a2', username: 'Lan' }))).rejects.toBeInstanceOf(DuplicateUsernameError);
      expect(await h.accounts.count()).toBe(1);
    });

    it('updates role and disabled flag', async () => {
      await h.accounts.create(account({}));
      const u = await h.accounts.update('a1', { role: 'staff', disabled: true }, '2026-01-02T00:00:00.000Z');
      expect(u).toMatchObject({ role: 'staff', disabled: true, updatedAt: '2026-01-02T00:00:00.000Z' });
      expect(await h.accounts.update('missing', { role: 'staff' }, '2026-01-02T00:00:00.000Z')).toBeUndefined();
    });

    it('keeps sessions until deleted or expired', async () => {
      await h.accounts.create(account({}));
      const s = { idHash: 'h1', accountId: 'a1', csrfToken: 'c', createdAt: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-01T04:00:00.000Z' };
      await h.sessions.create(s);
      await h.sessions.create({ ...s, idHash: 'h2', expiresAt: '2026-01-01T01:00:00.000Z' });
      await h.sessions.touch('h1', '2026-01-01T02:00:00.000Z', '2026-01-01T06:00:00.000Z');
      expect((await h.sessions.get('h1'))?.expiresAt).toBe('2026-01-01T06:00:00.000Z');
      expect(await h.sessions.purgeExpired('2026-01-01T03:00:00.000Z')).toBe(1);
      expect(await h.sessions.deleteByAccount('a1')).toBe(1);
      expect(await h.sessions.get('h1')).toBeUndefined();
    });

    it('lists audit entries newest first, filtered by action', async () => {
      await h.audit.record({ at: '2026-01-01T00:00:00.000Z', action: 'console.login', actorId: 'a1' });
      await h.audit.record({ at: '2026-01-01T00:01:00.000Z', action: 'conversation.open', actorId: 'a1', target: 'conv-1', details: { ticket: 't1' } });
      const all = await h.audit.list();
      expect(all.map((e) => e.action)).toEqual(['conversation.open', 'console.login']);
      expect(all[0]?.details).toEqual({ ticket: 't1' });
      expect((await h.audit.list({ action: 'console.login' })).map((e) => e.actorId)).toEqual(['a1']);
    });
  });
}
