import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { BotServices } from '../src/bot/services';
import type { AgeBand, Answer } from '../src/surveys/types';

/**
 * A quiz in progress. It lives in USER state (saved by the bot at the end of every turn), so it survives a
 * restart, a paused quiz, a reset dialog stack after an error, and a new conversation of the same user.
 * "Delete my data" removes it with the rest of the bot state. In anonymous mode it is the only place the
 * answers exist, and it is cleared as soon as the result is shown or the quiz is cancelled.
 */
export interface SurveyProgress {
  itemSet: string;
  /** One entry per item answered so far, in item order. */
  answers: Answer[];
  mode: 'stored' | 'anonymous';
  ageBand: AgeBand;
  /** The consent the result will be stored under (stored mode only). */
  consentId?: string;
  startedAt: string;
}

const accessors = new WeakMap<BotServices, StatePropertyAccessor<SurveyProgress | undefined>>();

function accessor(services: BotServices): StatePropertyAccessor<SurveyProgress | undefined> {
  let a = accessors.get(services);
  if (!a) {
    a = services.state.userState.createProperty<SurveyProgress | undefined>('surveyProgress');
    accessors.set(services, a);
  }
  return a;
}

export function getProgress(services: BotServices, context: TurnContext): Promise<SurveyProgress | undefined> {
  return accessor(services).get(context);
}

export function setProgress(services: BotServices, context: TurnContext, progress: SurveyProgress): Promise<void> {
  return accessor(services).set(context, progress);
}

export function clearProgress(services: BotServices, context: TurnContext): Promise<void> {
  return accessor(services).delete(context);
}
