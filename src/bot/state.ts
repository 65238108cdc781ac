import { ConversationState, UserState, type StatePropertyAccessor, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { FaqState } from '../../dialogs/faq';
import type { Lang } from '../i18n';

/** What the bot keeps about a user: only the language preference. Nothing that identifies them. */
export interface UserProfile {
  lang?: Lang;
}

/** Per-conversation flags. */
export interface ConversationFlags {
  welcomed?: boolean;
}

export interface BotState {
  conversationState: ConversationState;
  userState: UserState;
  profile: StatePropertyAccessor<UserProfile>;
  flags: StatePropertyAccessor<ConversationFlags>;
  dialogState: StatePropertyAccessor<DialogState>;
  faqState: StatePropertyAccessor<FaqState>;
}

export function createBotState(storage: Storage): BotState {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  return {
    conversationState,
    userState,
    profile: userState.createProperty<UserProfile>('profile'),
    flags: conversationState.createProperty<ConversationFlags>('flags'),
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    faqState: conversationState.createProperty<FaqState>('faq'),
  };
}
