import { createHash } from 'node:crypto';
import type { i18n as I18n } from 'i18next';
import { LANGUAGES } from '../i18n';

/**
 * The version of the privacy notice (locales/<lang>/privacy.json, `consent.*`) that a consent record names.
 * WARNING: change the notice text → add a new version here with the new fingerprint (the test in
 * test/surveys/notice.test.ts fails until you do). Users who agreed to an older version are asked again.
 */
export const NOTICE_VERSION = '2026-02';

/** Fingerprint of the notice texts of each version (see `noticeFingerprint`). */
export const NOTICE_FINGERPRINTS: Readonly<Record<string, string>> = {
  '2026-02': '9a0a6830859c9a6c',
};

/** Keys whose wording users agree to. */
const NOTICE_KEYS = ['consent.notice', 'consent.askAdult', 'consent.askChild', 'consent.agree', 'consent.parentAgrees'];

/** SHA-256 (first 16 hex digits) of the raw notice texts (before interpolation) in every language. */
export function noticeFingerprint(i18n: I18n): string {
  const hash = createHash('sha256');
  for (const lang of LANGUAGES) {
    for (const key of NOTICE_KEYS) hash.update(`${lang}|${key}|${String(i18n.getResource(lang, 'privacy', key))}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
