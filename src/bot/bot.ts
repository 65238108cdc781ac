import { ActivityHandler, ActivityTypes, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import { MainDialog } from '../../dialogs/mainDialog';
import { sendMenu } from '../../dialogs/menu';
import { SAFETY_TURN_KEY, type SafetyTurn } from '../safety';
import type { BotServices } from './services';
import { isGreeting } from './intents';
import { turnT } from './turn';

/**
 * botbuilder-dialogs' turn-state key for the memory scopes and path resolvers of a DialogStateManager
 * (memory/dialogStateManager.js, 4.23). Without it, the first DialogContext of every turn rebuilds them
 * through the component registry (a service collection, a zod parse that fails on purpose, nine scope
 * objects) — a measurable share of a turn. The scopes read everything from the turn context, so the
 * configuration built on the first turn is reused by every later one.
 */
export const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/** turnState key that a middleware sets when it has fully answered the turn (e.g. the safety reply). */
export const TURN_HANDLED = Symbol('bdh.handled');

/**
 * The one bot instance every channel drives. It greets new conversations (and a first message that came
 * without a conversation update), then hands each message to the dialog stack, and saves state once per turn.
 */
export class BanDongHanhBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly main: MainDialog;
  private memoryConfiguration: unknown;

  constructor(private readonly services: BotServices) {
    super();
    this.main = new MainDialog(services);
    this.dialogs = new DialogSet(services.state.dialogState);
    this.dialogs.add(this.main);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const humans = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (humans.length > 0) await this.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      const flags = await services.state.flags.get(context, {});
      if (!flags.welcomed) await this.welcome(context);
      if (!context.turnState.get(TURN_HANDLED)) await this.continueDialogs(context);
      await next();
    });
  }

  /** Greets once per conversation: who the bot is, that it is automated and not an emergency service, the menu. */
  private async welcome(context: TurnContext): Promise<void> {
    const flags = await this.services.state.flags.get(context, {});
    if (flags.welcomed) return;
    flags.welcomed = true;
    const t = turnT(context, this.services.i18n);
    await context.sendActivities([
      { type: ActivityTypes.Message, text: t('common:welcome.hello') },
      { type: ActivityTypes.Message, text: `${t('common:welcome.intro')}\n\n${t('common:welcome.disclaimer')}` },
    ]);
    // A first message that is only a greeting is answered by the welcome itself.
    if (context.activity.type !== ActivityTypes.Message || isGreeting(context.activity.text)) {
      await sendMenu(context, t);
      context.turnState.set(TURN_HANDLED, true);
    }
  }

  private async continueDialogs(context: TurnContext): Promise<void> {
    const safety = safetyHold(context);
    if (safety === 'all') return;
    // No flow in progress: most messages (menu taps, commands, questions) are answered without the dialog stack.
    const stack = (await this.services.state.dialogState.get(context))?.dialogStack;
    if ((stack === undefined || stack.length === 0) && (await this.main.answerWithoutDialog(context)) === undefined) return;
    if (this.memoryConfiguration) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.memoryConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.memoryConfiguration ??= context.turnState.get(DIALOG_STATE_MANAGER_CONFIGURATION);
    if (safety === 'flow' && dc.activeDialog !== undefined) return;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.main.id);
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.services.state.conversationState.saveChanges(context, false);
    await this.services.state.userState.saveChanges(context, false);
  }
}

/**
 * What the dialogs may still do on a turn the safety middleware answered:
 *  - 'all' (imminent, illegal request, gentle check-in): nothing; the safety reply is the whole answer;
 *  - 'flow' (disclosed): a flow in progress (survey…) stays paused, to resume afterwards; outside a flow the
 *    FAQ may add its answer about the teen's rights, but only a confident one (see FaqResponder);
 *  - 'none' (possible, or no risk): as usual, the FAQ again adding only a confident answer after a safety tip.
 */
function safetyHold(context: TurnContext): 'all' | 'flow' | 'none' {
  const turn = context.turnState.get<SafetyTurn | undefined>(SAFETY_TURN_KEY);
  if (!turn) return 'none';
  if (turn.replyKind === 'disclosed') return 'flow';
  return turn.suppressDialog || turn.replyKind === 'check_in' ? 'all' : 'none';
}

