import type { i18n as I18n } from 'i18next';
import { createBotApp, type BotApp, type BotAppDeps } from '../bot/app';
import { createChannelPlugins } from '../channels';
import { handoffSettings, orgProfile, surveySettingsInput, type Config } from '../config';
import type { Knowledge } from '../knowledge';
import type { Logger } from '../logger';
import type { Stores } from '../storage';
import { surveysConsoleFeature } from '../surveys/console-routes';
import { surveyRetention } from '../surveys/retention';
import { loadSurveySettings, type SurveySettingsInput } from '../surveys/settings';
import { createHttpApp, type HttpApp } from './server';

export interface ServiceDeps {
  config: Readonly<Config>;
  logger: Logger;
  i18n: I18n;
  stores: Stores;
  knowledge: Knowledge;
  now?: () => Date;
  /** Extra handoff wiring (tests: notifiers, hooks); the settings always come from configuration. */
  handoff?: Omit<NonNullable<BotAppDeps['handoff']>, 'settings'>;
  /** Overrides the survey files of the configuration (tests). */
  surveys?: SurveySettingsInput;
}

export interface Service {
  app: BotApp;
  http: HttpApp;
}

/**
 * Everything between the stores and the listening socket, assembled once: the bot with its pipeline, the
 * platform channels, the survey settings and staff pages, the handoff's queue and schedules, the HTTP server.
 * Used by the process entry point (src/index.ts) and by the tests, so both run the same wiring.
 */
export function composeService(deps: ServiceDeps): Service {
  const { config, logger, i18n, stores } = deps;
  const surveys = loadSurveySettings(deps.surveys ?? surveySettingsInput(config));
  const app = createBotApp({
    i18n,
    stores,
    logger,
    knowledge: deps.knowledge,
    org: orgProfile(config),
    surveys,
    handoff: {
      ...deps.handoff,
      settings: handoffSettings(config),
      extraPurges: [...(deps.handoff?.extraPurges ?? []), surveyRetention(stores, surveys.retentionMonths)],
    },
    ...(deps.now ? { now: deps.now } : {}),
  });
  const channels = createChannelPlugins({
    config,
    app,
    stores,
    logger,
    i18n,
    // A counselor's message that fails later (after retries) shows next to it in the console.
    onDeliveryFailure: (failure) => void app.services.handoff.desk.deliveryFailed(failure),
  });
  const surveyPages = surveysConsoleFeature({ stores, i18n, logger, ...(surveys.localities ? { localities: surveys.localities } : {}) });
  const http = createHttpApp({ config, logger, i18n, app, stores, channels, consoleFeatures: [surveyPages] });
  return { app, http };
}
