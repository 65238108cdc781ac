/**
 * Turning an entry into the text a teen reads: the `{{orgContact}}` placeholder filled from the organisation
 * profile (configuration, never invented), and the source line. Wording comes through i18next
 * (locales/<lang>/faq.json); `t` is the turn's translator in the user's language.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../i18n';
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

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

const DETAILS = ['phone', 'email', 'address', 'officeHours'] as const;

/** The contact phrase that replaces `{{orgContact}}`: "Đoàn phường X (điện thoại …, email …)". */
export function formatOrgContact(org: OrgProfile, t: TFunction): string {
  const unit = present(org.unit) ? org.unit.trim() : t('faq:orgContact.generic');
  const details = DETAILS.filter((k) => present(org[k])).map((k) => t(`faq:orgContact.${k}`, { [k]: (org[k] as string).trim() }));
  return details.length === 0 ? unit : t('faq:orgContact.withDetails', { unit, details: details.join(', ') });
}

function fill(s: string, org: OrgProfile, t: TFunction): string {
  return s.includes(ORG_CONTACT_PLACEHOLDER) ? s.split(ORG_CONTACT_PLACEHOLDER).join(formatOrgContact(org, t)) : s;
}

/** The answer in the user's language with `{{orgContact}}` filled in. */
export function renderAnswer(entry: Entry, lang: Lang, org: OrgProfile, t: TFunction): string {
  return fill(entry.answer[lang], org, t);
}

/** The optional longer text ("Xem thêm"), filled like the answer; undefined when the entry has none. */
export function renderMore(entry: Entry, lang: Lang, org: OrgProfile, t: TFunction): string | undefined {
  return entry.more ? fill(entry.more[lang], org, t) : undefined;
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
export function renderSourceLine(entry: Entry, lang: Lang, t: TFunction): string {
  return t('faq:sourceLine', { source: entry.source[lang], date: formatReviewedDate(entry.reviewed, lang) });
}
