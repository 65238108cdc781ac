import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import {
  formatOrgContact,
  kbKey,
  loadKnowledgeBase,
  registerKnowledgeBase,
  renderAnswer,
  renderMore,
  renderSourceLine,
  topQuestions,
  type Entry,
} from '../../src/knowledge';
import { KnowledgeBase } from '../../src/knowledge/load';
import { createI18n, LOCALES_DIR } from '../../src/i18n';
import { FIXTURE_DIR } from './helpers';

const kb = loadKnowledgeBase(FIXTURE_DIR);
const i18nApp = createI18n();
const tVi = i18nApp.getFixedT('vi');
const tEn = i18nApp.getFixedT('en');
const entry = kb.byId('rights.under-15-hours') as Entry;
const readJson = (lang: string) => JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, lang, 'faq.json'), 'utf8')) as Record<string, unknown>;

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('faq locales', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    const vi = readJson('vi');
    const en = readJson('en');
    expect(keys(vi).sort()).toEqual(keys(en).sort());
    expect(keys(vi)).toEqual(expect.arrayContaining(['didYouMean', 'seeMore', 'dontKnow', 'sourceLine', 'feedback.thanksDown', 'orgContact.generic']));
    for (const lang of [vi, en]) for (const k of keys(lang)) expect(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], lang)).not.toBe('');
  });
});

describe('rendering answers', () => {
  it('names the commune/ward Youth Union when no organisation is configured — never a number', () => {
    const vi = renderAnswer(entry, 'vi', {}, tVi);
    expect(vi).toContain('Đoàn Thanh niên xã/phường nơi bạn ở');
    expect(vi).not.toContain('{{');
    expect(renderAnswer(entry, 'en', {}, tEn)).toContain('the Youth Union of your commune or ward');
  });

  it('fills in the configured unit and the details that are set', () => {
    const org = { unit: 'Đoàn phường Phan Rang', phone: '0259 3 000 000', email: 'doan@example.vn', officeHours: '' };
    expect(formatOrgContact(org, tVi)).toBe('Đoàn phường Phan Rang (điện thoại 0259 3 000 000, email doan@example.vn)');
    expect(formatOrgContact({ phone: '0259 3 000 000' }, tEn)).toBe('the Youth Union of your commune or ward (phone 0259 3 000 000)');
    expect(renderAnswer(entry, 'vi', org, tVi)).toContain('liên hệ Đoàn phường Phan Rang (điện thoại');
  });

  it('leaves answers without the placeholder unchanged and renders "more" only when present', () => {
    const plain = kb.byId('rights.hotline-111') as Entry;
    expect(renderAnswer(plain, 'en', { unit: 'X' }, tEn)).toBe(plain.answer.en);
    expect(renderMore(plain, 'vi', {}, tVi)).toBeUndefined();
    expect(renderMore({ ...plain, more: { vi: 'Hỏi {{orgContact}}.', en: 'Ask {{orgContact}}.' } }, 'en', { unit: 'Unit A' }, tEn)).toBe('Ask Unit A.');
  });

  it('writes the source line with the review date in each language', () => {
    expect(renderSourceLine(entry, 'vi', tVi)).toBe('Nguồn: Điều 146 Bộ luật Lao động 2019 (cập nhật 29/11/2026)');
    expect(renderSourceLine(entry, 'en', tEn)).toBe('Source: Labour Code 2019, Article 146 (updated 29 Nov 2026)');
  });
});

describe('i18next namespace kb', () => {
  it('serves answer, source and title of every entry in both languages', () => {
    const i18n = i18next.createInstance();
    void i18n.init({ resources: {}, lng: 'vi', initAsync: false, interpolation: { escapeValue: false }, showSupportNotice: false } as Parameters<typeof i18n.init>[0]);
    registerKnowledgeBase(i18n, kb);
    const vi = i18n.getFixedT('vi');
    const en = i18n.getFixedT('en');
    expect(vi(kbKey('rights.min-working-age', 'title'))).toBe('Mấy tuổi thì được đi làm?');
    expect(en(kbKey('rights.min-working-age', 'title'))).toBe('How old do I have to be to work?');
    expect(en(kbKey('jobs.loans', 'source'))).toBe('Decree 338/2025/ND-CP');
    expect(vi(kbKey('rights.under-15-hours', 'answer'), { orgContact: 'Đoàn xã A' })).toContain('liên hệ Đoàn xã A.');
    for (const e of kb.entries) expect(en(kbKey(e.id, 'answer'), { orgContact: 'x' })).toBe(e.answer.en.replace('{{orgContact}}', 'x'));
  });
});

describe('topQuestions', () => {
  it('lists the menu entries first, then fills from the domain, up to n', () => {
    const withMenu = new KnowledgeBase(kb.entries, { rights: ['rights.hotline-111', 'rights.banned-work'] });
    expect(topQuestions(withMenu, 'rights', 'vi', 3).map((m) => m.id)).toEqual(['rights.hotline-111', 'rights.banned-work', 'rights.min-working-age']);
    expect(topQuestions(withMenu, 'rights', 'en', 1)).toEqual([{ id: 'rights.hotline-111', title: 'What is hotline 111?' }]);
  });

  it('falls back to the first entries of the domain without a menu', () => {
    expect(topQuestions(kb, 'jobs', 'vi', 5).map((m) => m.id)).toEqual(['jobs.scam-signs', 'jobs.loans']);
    expect(topQuestions(kb, 'jobs', 'vi', 0)).toEqual([]);
  });
});
