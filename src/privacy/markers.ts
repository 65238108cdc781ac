import type { TurnContext } from 'botbuilder';

/**
 * turnState markers the privacy features put on a turn. They are registry symbols (`Symbol.for`), so the
 * transcript logger and the bot can read them without importing this module.
 */

/**
 * "Do not keep this turn in the transcript": a survey answer, a consent or profile choice, a deletion. The
 * survey stores what it needs (with consent) in its own store; a copy in the chat transcript would keep
 * anonymous answers linked to the user. WARNING: only honoured once the transcript logger checks it.
 */
export const NO_TRANSCRIPT_TURN = Symbol.for('bdh.privacy.noTranscript');

/** "Erase this user again after the turn", read by ErasureMiddleware (value: an ErasureTarget). */
export const ERASE_AFTER_TURN = Symbol.for('bdh.privacy.eraseAfterTurn');

export function markNoTranscript(context: TurnContext): void {
  context.turnState.set(NO_TRANSCRIPT_TURN, true);
}
