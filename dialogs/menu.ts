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

/** The main-menu titles in the turn's language. */
export function menuTitles(t: TFunction): string[] {
  return MENU_ITEMS.map((item) => t(`common:menu.${item}`));
}

/** Sends the main menu: a prompt line and the seven choices as quick replies. */
export async function sendMenu(context: TurnContext, t: TFunction, text = t('common:menu.prompt')): Promise<void> {
  await context.sendActivity(withQuickReplies(text, menuTitles(t)));
}
