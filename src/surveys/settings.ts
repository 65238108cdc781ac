import type { BotServices } from '../bot/services';
import { loadLocalities, type LocalityList } from './localities';
import { loadLocalProgrammes, type LocalProgramme } from './programmes';

/**
 * What the survey takes from configuration. Nothing here is required: without a localities list the profile
 * does not ask for a commune/ward, and without local programmes the result shows none.
 */
export interface SurveySettings {
  /** The communes and wards of the province (LOCALITIES_FILE). */
  localities?: LocalityList;
  /** Local training offers (LOCAL_PROGRAMMES_FILE). */
  programmes?: LocalProgramme[];
  /** How long results, profiles and consent records are kept (SURVEY_RETENTION_MONTHS); said in the notice. */
  retentionMonths: number;
}

/** Default retention, in months, when SURVEY_RETENTION_MONTHS is not set. */
export const DEFAULT_RETENTION_MONTHS = 12;

export interface SurveySettingsInput {
  localitiesFile?: string;
  localProgrammesFile?: string;
  retentionMonths?: number;
}

/** Reads the configured files (throws SurveyDataError naming a bad file) — call once at start-up. */
export function loadSurveySettings(input: SurveySettingsInput = {}): SurveySettings {
  return {
    ...(input.localitiesFile ? { localities: loadLocalities(input.localitiesFile) } : {}),
    ...(input.localProgrammesFile ? { programmes: loadLocalProgrammes(input.localProgrammesFile) } : {}),
    retentionMonths: input.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
  };
}

/** The survey settings of a bot, read at each turn (so the composition root and tests may set them late). */
export function surveySettings(services: BotServices): SurveySettings {
  return services.surveys ?? { retentionMonths: DEFAULT_RETENTION_MONTHS };
}
