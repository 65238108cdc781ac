import { ActionTypes, ActivityTypes, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import { MENU_ITEMS } from '../src/bot/intents';

/** Quick replies (suggestedActions) that send their own title back, so tapping equals typing. */
export function quickReplies(titles: string[]): CardAction[] {
  return titles.map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
}

/** A message with quick replies. */
export function withQuickReplies(text: string, titles: string[]): Partial<Activity> {
  return { type: ActivityTypes.Message, text, suggestedActions: { actions: quickReplies(titles), to: [] } };
}

const titlesByT = new WeakMap<TFunction, string[]>();

/** The main-menu titles in the turn's language (looked up once per translator: `turnT` reuses them). */
export function menuTitles(t: TFunction): string[] {
  let titles = titlesByT.get(t);
  if (!titles) {
    titles = MENU_ITEMS.map((item) => t(`common:menu.${item}`));
    titlesByT.set(t, titles);
  }
  return [...titles];
}

/** Sends the main menu: a prompt line and the seven choices as quick replies. */
export async function sendMenu(context: TurnContext, t: TFunction, text = t('common:menu.prompt')): Promise<void> {
  await context.sendActivity(withQuickReplies(text, menuTitles(t)));
}
