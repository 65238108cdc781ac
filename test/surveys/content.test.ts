import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES } from '../../src/i18n';
import { projectPath } from '../../src/paths';
import { loadSurveyContent, MIN_ITEMS, SURVEY_DATA_DIR } from '../../src/surveys/content';
import { SurveyDataError } from '../../src/surveys/errors';
import { loadLocalities } from '../../src/surveys/localities';
import { NOTICE_FINGERPRINTS, NOTICE_VERSION, noticeFingerprint } from '../../src/surveys/notice';
import { loadLocalProgrammes, programmesFor } from '../../src/surveys/programmes';
import { RIASEC } from '../../src/surveys/types';
import { tempDir } from '../helpers/tmp';

const i18n = createI18n();
const EXAMPLE_LOCALITIES = projectPath('src', 'surveys', 'data', 'localities.example.yaml');

/** A copy of the data folder with one file replaced. */
function dataWith(file: string, text: string): { dir: string; cleanup: () => void } {
  const tmp = tempDir();
  for (const f of fs.readdirSync(SURVEY_DATA_DIR)) fs.copyFileSync(path.join(SURVEY_DATA_DIR, f), path.join(tmp.dir, f));
  fs.writeFileSync(path.join(tmp.dir, file), text);
  return tmp;
}

describe('survey content files', () => {
  const { content, texts } = loadSurveyContent();

  it('has at least 36 items, the same number for each type, each in Vietnamese and English', () => {
    expect(content.items.length).toBeGreaterThanOrEqual(MIN_ITEMS);
    const perType = RIASEC.map((c) => content.items.filter((i) => i.type === c).length);
    expect(new Set(perType).size).toBe(1);
    for (const lang of LANGUAGES) {
      const items = texts[lang].items as Record<string, string>;
      for (const item of content.items) expect(items[item.id]?.length, `${lang} ${item.id}`).toBeGreaterThan(5);
    }
  });

  it('has example occupations for every type and the four training paths from the fact sheet', () => {
    for (const c of RIASEC) expect(content.occupations[c].length).toBeGreaterThanOrEqual(3);
    expect(content.paths.map((p) => p.id)).toEqual(['so-cap', 'trung-cap', 'cao-dang', 'nine-plus']);
  });

  it('rejects an unbalanced item file, naming the file and the problem', () => {
    const tmp = dataWith('items.yaml', 'itemSet: x\nitems:\n  - { id: R1, type: R, vi: "Sửa xe đạp", en: "Fix a bike" }\n  - { id: R2, type: R, vi: "Sửa quạt", en: "Fix a fan" }\n');
    try {
      expect(() => loadSurveyContent(tmp.dir)).toThrow(SurveyDataError);
      expect(() => loadSurveyContent(tmp.dir)).toThrow(/items\.yaml: .*same type as the item before.*needs at least 36.*not balanced/);
    } finally {
      tmp.cleanup();
    }
  });

  it('rejects a missing translation', () => {
    const tmp = dataWith('training-paths.yaml', 'paths:\n  - { id: so-cap, facts: ["2.1"], confidence: CONFIRMED, vi: "Sơ cấp" }\n');
    try {
      expect(() => loadSurveyContent(tmp.dir)).toThrow(/training-paths\.yaml: paths\.0\.en/);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('quick replies fit every channel', () => {
  it('survey and privacy button titles are at most 20 characters (Messenger truncates longer ones)', () => {
    const keys = [
      'survey:answers.like', 'survey:answers.neutral', 'survey:answers.dislike', 'survey:back', 'survey:pause', 'survey:continueButton',
      'survey:resume.continue', 'survey:resume.restart', 'survey:profile.yes', 'survey:profile.no', 'survey:profile.skip', 'survey:profile.preferNot',
      'survey:profile.grades.vocational', 'survey:profile.grades.working', 'survey:profile.grades.out_of_school',
      'survey:profile.genders.female', 'survey:profile.genders.male', 'survey:profile.genders.other',
      'privacy:consent.agree', 'privacy:consent.parentAgrees', 'privacy:consent.anonymous',
      'privacy:consent.ages.under13', 'privacy:consent.ages.13-15', 'privacy:consent.ages.16-17', 'privacy:consent.ages.18+',
      'privacy:delete.all', 'privacy:delete.withdraw', 'privacy:delete.keep', 'common:menu.deleteData',
    ];
    for (const lang of LANGUAGES) for (const k of keys) expect([...i18n.getFixedT(lang)(k)].length, `${lang} ${k}`).toBeLessThanOrEqual(20);
  });
});

describe('privacy notice', () => {
  it('has a recorded fingerprint for its version: change the text → add a new NOTICE_VERSION', () => {
    expect(NOTICE_FINGERPRINTS[NOTICE_VERSION]).toBe(noticeFingerprint(i18n));
  });

  it('says what is kept, why, how long, who sees it, how to delete it, and cites the 2025 law', () => {
    const vi = i18n.getFixedT('vi')('privacy:consent.notice', { months: 12 });
    for (const part of ['Lưu gì', 'Để làm gì', 'Ai xem', 'Bao lâu: tối đa 12 tháng', 'xóa dữ liệu của tôi', '91/2025/QH15', '356/2025/NĐ-CP']) expect(vi).toContain(part);
  });
});

describe('localities and local programmes from configuration', () => {
  const list = loadLocalities(EXAMPLE_LOCALITIES);

  it('matches a typed commune or ward with or without "xã/phường", diacritics or case', () => {
    expect(list.match('Xã Ví Dụ Ba').map((l) => l.id)).toEqual(['vd-xa-1']);
    expect(list.match('vi du ba').map((l) => l.id)).toEqual(['vd-xa-1']);
    expect(list.match('phuong vi du mot').map((l) => l.id)).toEqual(['vd-phuong-1']);
    expect(list.match('ví dụ').length).toBeGreaterThan(1);
    expect(list.match('x')).toEqual([]);
    expect(list.get('vd-xa-2')?.name).toBe('Xã Ví Dụ Bốn');
  });

  it('rejects districts and duplicate ids', () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, 'l.yaml');
      fs.writeFileSync(file, 'province: P\nlocalities:\n  - { id: a, kind: huyen, name: "Huyện A" }\n');
      expect(() => loadLocalities(file)).toThrow(/localities\.0\.kind/);
      fs.writeFileSync(file, 'province: P\nlocalities:\n  - { id: a, kind: xa, name: "Xã A" }\n  - { id: a, kind: xa, name: "Xã B" }\n');
      expect(() => loadLocalities(file)).toThrow(/duplicate locality id a/);
    } finally {
      tmp.cleanup();
    }
  });

  it('offers the programmes that share a letter with the result, strongest letter first, at most three', () => {
    const programmes = loadLocalProgrammes(projectPath('src', 'surveys', 'data', 'local-programmes.example.yaml'));
    expect(programmesFor(programmes, ['S', 'A']).map((p) => p.id)).toEqual(['example-care', 'example-design']);
    expect(programmesFor(programmes, ['C', 'E'])).toEqual([]);
  });
});
