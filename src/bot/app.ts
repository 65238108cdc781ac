import { type BotAdapter, type Middleware, type TurnContext } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import { createHandoff, type HandoffDeps } from '../handoff';
import { LANGUAGES } from '../i18n';
import type { Answerer, KnowledgeBase, OrgProfile } from '../knowledge';
import type { Logger } from '../logger';
import { DataEraser } from '../privacy/eraser';
import { ErasureMiddleware } from '../privacy/middleware';
import { SafetyMiddleware } from '../safety';
import type { Stores } from '../storage';
import type { SurveySettings } from '../surveys/settings';
import { BanDongHanhBot } from './bot';
import { createOnTurnError } from './errors';
import { buildIntentTable, MENU_ITEMS, type Intent } from './intents';
import { LanguageMiddleware } from './language-middleware';
import type { BotServices } from './services';
import { createBotState } from './state';
import { StoreTranscriptLogger, TranscriptMiddleware } from './transcript';
import { turnT } from './turn';


export interface BotApp {
  services: BotServices;
  bot: BanDongHanhBot;
  /** The bot's logic as adapters call it. */
  logic: (context: TurnContext) => Promise<void>;
  /** Middleware in order; every adapter gets the same pipeline (see `attach`). */
  middleware: Middleware[];
  /** Gives an adapter the pipeline and the turn-error handler. */
  attach<A extends BotAdapter>(adapter: A): A;
}

/** Menu titles in every language, so a tapped or typed title is recognised whatever the current language. */
function menuTitleVariants(i18n: I18n): Partial<Record<Intent, string[]>> {
  const out: Partial<Record<Intent, string[]>> = {};
  for (const item of MENU_ITEMS) {
    out[item] = LANGUAGES.map((lng) => i18n.getFixedT(lng)(`common:menu.${item}`));
  }
  out.menu = LANGUAGES.map((lng) => i18n.getFixedT(lng)('common:menu.back'));
  return out;
}

/** Builds the bot, its state, and the middleware pipeline shared by every channel. */
export interface BotAppDeps {
  i18n: I18n;
  stores: Stores;
  logger: Logger;
  knowledge: { kb: KnowledgeBase; answerer: Answerer };
  org?: OrgProfile;
  now?: () => Date;
  /** Survey settings from configuration (localities, local programmes, retention months). */
  surveys?: SurveySettings;
  /** Handoff settings and hooks (office hours, alerts, retention, locality…); defaults when left out. */
  handoff?: Omit<HandoffDeps, 'stores' | 'i18n' | 'logger' | 'now' | 'resetDialogs'>;
}

export function createBotApp(deps: BotAppDeps): BotApp {
  const state = createBotState(deps.stores.botState);
  const intents = buildIntentTable(menuTitleVariants(deps.i18n));
  const now = deps.now ?? (() => new Date());
  const handoff = createHandoff({
    ...deps.handoff,
    stores: deps.stores,
    i18n: deps.i18n,
    logger: deps.logger,
    now,
    // Return to bot starts clean: no dialog or FAQ offer from before the handoff survives it.
    resetDialogs: async (context) => {
      await state.dialogState.delete(context);
      await state.faqState.delete(context);
      await state.conversationState.saveChanges(context, true);
    },
  });
  const services: BotServices = {
    i18n: deps.i18n,
    stores: deps.stores,
    logger: deps.logger,
    state,
    intents,
    knowledge: deps.knowledge,
    org: deps.org ?? {},
    faqState: state.faqState,
    now,
    handoff,
    ...(deps.surveys ? { surveys: deps.surveys } : {}),
  };
  const bot = new BanDongHanhBot(services);
  const middleware: Middleware[] = [
    // Outermost: after a "delete my data" turn has finished (state saved, transcript written), erases the user
    // once more, so nothing written by the deletion turn itself survives it.
    new ErasureMiddleware(new DataEraser(deps.stores), deps.logger.child({ module: 'privacy' })),
    // Reads the language only (the safety reply must already speak the user's language); never replies.
    new LanguageMiddleware(state),
    // Records the message before anything answers it, so a counselor sees what triggered a flag.
    new TranscriptMiddleware(new StoreTranscriptLogger(deps.stores.transcripts, deps.logger.child({ module: 'bot:transcript' }))),
    // Risk triage on every inbound message, whatever the conversation is doing.
    new SafetyMiddleware({
      i18nFor: (context) => turnT(context, deps.i18n),
      flags: deps.stores.riskFlags,
      // Opens (or raises) the ticket through the handoff: thread, console event, alerts, out-of-hours notice.
      onHandoff: (context, request) => handoff.intake.fromRisk(context, request),
      personOwns: async (context) => (await handoff.intake.view(context.activity.conversation.id)).state === 'human',
      logger: deps.logger.child({ module: 'bot:safety' }),
      now: () => services.now(),
    }),
    // The ownership gate (issue 7): after the safety middleware, so the safety answer always goes out; every
    // reply path (turns, proactive sends, the counselor relay) passes it.
    handoff.gate,
  ];
  const onTurnError = createOnTurnError(services);
  return {
    services,
    bot,
    logic: (context) => bot.run(context),
    middleware,
    attach(adapter) {
      for (const m of middleware) adapter.use(m);
      adapter.onTurnError = onTurnError;
      return adapter;
    },
  };
}
