import { TranscriptLoggerMiddleware, type BotAdapter, type Middleware, type TurnContext } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import { LANGUAGES } from '../i18n';
import type { Answerer, KnowledgeBase, OrgProfile } from '../knowledge';
import type { Logger } from '../logger';
import { SafetyMiddleware, type SafetyHandoffRequest } from '../safety';
import type { Stores } from '../storage';
import { BanDongHanhBot } from './bot';
import { createOnTurnError } from './errors';
import { buildIntentTable, MENU_ITEMS, type Intent } from './intents';
import { LanguageMiddleware } from './language-middleware';
import type { BotServices } from './services';
import { createBotState } from './state';
import { StoreTranscriptLogger } from './transcript';
import { turnLang, turnT } from './turn';

/**
 * Imminent and disclosed risk opens (or raises) the conversation's handoff ticket now, and marks its transcript
 * as a safety case (kept longer). The queue and console consume the ticket.
 */
export async function requestRiskHandoff(stores: Stores, context: TurnContext, request: SafetyHandoffRequest, now: Date): Promise<void> {
  const { activity } = context;
  await stores.tickets.request({
    conversationId: activity.conversation.id,
    userId: activity.from.id,
    channel: activity.channelId,
    lang: turnLang(context),
    reason: 'risk',
    category: request.category,
    level: request.level,
    priority: request.priority,
    at: now.toISOString(),
  });
  await stores.transcripts.markSafety(activity.conversation.id);
}

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
}

export function createBotApp(deps: BotAppDeps): BotApp {
  const state = createBotState(deps.stores.botState);
  const services: BotServices = {
    i18n: deps.i18n,
    stores: deps.stores,
    logger: deps.logger,
    state,
    intents: buildIntentTable(menuTitleVariants(deps.i18n)),
    knowledge: deps.knowledge,
    org: deps.org ?? {},
    faqState: state.faqState,
    now: deps.now ?? (() => new Date()),
  };
  const bot = new BanDongHanhBot(services);
  const middleware: Middleware[] = [
    // Reads the language only (the safety reply must already speak the user's language); never replies.
    new LanguageMiddleware(state),
    // Records the message before anything answers it, so a counselor sees what triggered a flag.
    new TranscriptLoggerMiddleware(new StoreTranscriptLogger(deps.stores.transcripts, deps.logger.child({ module: 'bot:transcript' }))),
    // Risk triage on every inbound message, whatever the conversation is doing.
    new SafetyMiddleware({
      i18nFor: (context) => turnT(context, deps.i18n),
      flags: deps.stores.riskFlags,
      onHandoff: (context, request) => requestRiskHandoff(deps.stores, context, request, services.now()),
      logger: deps.logger.child({ module: 'bot:safety' }),
      now: () => services.now(),
    }),
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
