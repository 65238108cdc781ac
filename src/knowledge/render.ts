/**
 * Turning an entry into the text a teen reads: the `{{orgContact}}` placeholder filled from the organisation
 * profile (configuration, never invented), and the source line. Wording comes from locales/<lang>/faq.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n';
import { LOCALES_DIR } from '../i18n';
import { ORG_CONTACT_PLACEHOLDER, type Entry } from './schema';

/**
 * The local Youth Union's contact details, from configuration (ORG_UNIT, ORG_PHONE, ORG_EMAIL, ORG_ADDRESS,
 * ORG_OFFICE_HOURS). All optional: with none set, answers name "the Youth Union of your commune/ward".
 */
export interface OrgProfile {
  unit?: string;
  phone?: string;
  email?: string;
  address?: string;
  officeHours?: string;
}

type Strings = Record<string, unknown>;
const cache = new Map<string, Strings>();

function faqStrings(lang: Lang, dir: string): Strings {
  const file = path.join(dir, lang, 'faq.json');
  let strings = cache.get(file);
  if (!strings) {
    strings = JSON.parse(fs.readFileSync(file, 'utf8')) as Strings;
    cache.set(file, strings);
  }
  return strings;
}

/** Looks up `a.b` in faq.json and fills `{{name}}` placeholders. Throws on a missing key (a locale bug). */
function text(lang: Lang, key: string, vars: Record<string, string> = {}, dir = LOCALES_DIR): string {
  const value = key.split('.').reduce<unknown>((o, k) => (o as Strings | undefined)?.[k], faqStrings(lang, dir));
  if (typeof value !== 'string') throw new Error(`locales/${lang}/faq.json has no string "${key}"`);
  return value.replace(/\{\{(\w+)\}\}/g, (m, name: string) => vars[name] ?? m);
}

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

/** The contact phrase that replaces `{{orgContact}}`: "Đoàn phường X (điện thoại …, email …)". */
export function formatOrgContact(org: OrgProfile, lang: Lang, localesDir = LOCALES_DIR): string {
  const unit = present(org.unit) ? org.unit.trim() : text(lang, 'orgContact.generic', {}, localesDir);
  const details = (['phone', 'email', 'address', 'officeHours'] as const)
    .filter((k) => present(org[k]))
    .map((k) => text(lang, `orgContact.${k}`, { [k]: (org[k] as string).trim() }, localesDir));
  return details.length === 0 ? unit : text(lang, 'orgContact.withDetails', { unit, details: details.join(', ') }, localesDir);
}

function fill(s: string, org: OrgProfile, lang: Lang, localesDir: string): string {
  return s.includes(ORG_CONTACT_PLACEHOLDER) ? s.split(ORG_CONTACT_PLACEHOLDER).join(formatOrgContact(org, lang, localesDir)) : s;
}

/** The answer in the user's language with `{{orgContact}}` filled in. */
export function renderAnswer(entry: Entry, lang: Lang, org: OrgProfile, localesDir = LOCALES_DIR): string {
  return fill(entry.answer[lang], org, lang, localesDir);
}

/** The optional longer text ("Xem thêm"), filled like the answer; undefined when the entry has none. */
export function renderMore(entry: Entry, lang: Lang, org: OrgProfile, localesDir = LOCALES_DIR): string | undefined {
  return entry.more ? fill(entry.more[lang], org, lang, localesDir) : undefined;
}

/** "29/11/2026" in Vietnamese, "29 Nov 2026" in English. */
export function formatReviewedDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-');
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "Nguồn: Điều 145 Bộ luật Lao động 2019 (cập nhật 29/11/2026)". */
export function renderSourceLine(entry: Entry, lang: Lang, localesDir = LOCALES_DIR): string {
  return text(lang, 'sourceLine', { source: entry.source[lang], date: formatReviewedDate(entry.reviewed, lang) }, localesDir);
}
