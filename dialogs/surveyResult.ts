import type { TFunction } from 'i18next';
import type { Lang } from '../src/i18n';
import type { SurveyContent } from '../src/surveys/content';
import { programmesFor, type LocalProgramme } from '../src/surveys/programmes';
import { textBar, type QuizScore } from '../src/surveys/scoring';
import type { Riasec } from '../src/surveys/types';

/** Example occupations shown per highlighted type. */
const JOBS_PER_TYPE = 4;

/**
 * The result as chat messages, all text from locale and data files: the code and a bar per type; the
 * highlighted types with what they like and example jobs; the training paths and local programmes.
 */
export function resultMessages(t: TFunction, lang: Lang, content: SurveyContent, score: QuizScore, programmes: readonly LocalProgramme[] = []): string[] {
  const name = (c: Riasec) => t(`survey:types.${c}.name`);
  const bars = score.ranking.map((c) => t('survey:result.scoreLine', { name: name(c), bar: textBar(score.scores[c], score.maxScore), score: score.scores[c], max: score.maxScore }));
  const first = [t('survey:result.heading', { code: score.code }), '', ...bars, '', t('survey:result.hint')].join('\n');

  const types = score.highlight.map((c) =>
    t('survey:result.typeLine', {
      name: name(c),
      letter: c,
      likes: t(`survey:types.${c}.likes`),
      jobs: content.occupations[c].slice(0, JOBS_PER_TYPE).map((o) => o[lang]).join(', '),
    }),
  );
  const notes = [score.flat ? t('survey:result.flat') : undefined, score.low ? t('survey:result.low') : undefined].filter((x): x is string => x !== undefined);
  const second = [t('survey:result.topIntro'), ...types, ...notes].join('\n\n');

  const paths = [t('survey:result.pathsHeading'), ...content.paths.map((p) => `• ${t(`surveyContent:paths.${p.id}`)}`)].join('\n');
  const local = programmesFor(programmes, score.highlight).map((p) =>
    p.where ? t('survey:result.programmeWhere', { name: p.name[lang], where: p.where[lang] }) : t('survey:result.programmeLine', { name: p.name[lang] }),
  );
  const third = local.length > 0 ? `${paths}\n\n${t('survey:result.programmesHeading')}\n${local.join('\n')}` : paths;
  return [first, second, third];
}
