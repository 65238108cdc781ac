import { foldedText } from '../nlu/normalize';
import { SAFETY_ACTIONS } from '../safety/reply';

/**
 * Free-text requests for a person, beyond the whole-message menu phrases of src/bot/intents.ts
 * ("gặp tư vấn viên", "talk to a counselor"): "cho em nói chuyện với người thật được không", "mình muốn gặp
 * tư vấn viên ạ", "can I speak to a real person?". Matched on folded text (no diacritics). Kept narrow: a verb
 * of contact followed by a person, so questions like "tư vấn viên là ai" go to the FAQ instead.
 */
const PATTERNS: RegExp[] = [
  /\b(gap|noi chuyen|noi chuyen truc tiep|tro chuyen|chat|lien he|ket noi|nhan tin)( voi| cung)? (1 |mot |voi )?(tu van vien|nguoi that|nguoi tu van|chuyen vien tu van|can bo tu van|co tu van|anh tu van|chi tu van|thay co tu van)\b/,
  /\b(can|muon) (1 |mot )?(nguoi that|tu van vien)\b/,
  /\b(talk|speak|chat)( to| with) (a |an |the |some )?(real |actual )?(human|person|counsell?or|someone real|staff member|staff)\b/,
  /\b(real person|human|counsell?or),? please\b/,
  /\bi (want|need|would like) (a |to talk to a |to speak to a )?(real person|human|counsell?or)\b/,
];

/** True when a message asks for a person (or is the safety answer's "talk to a counselor" button). */
export function wantsCounselor(text: string | undefined): boolean {
  if (!text) return false;
  if (text.trim() === SAFETY_ACTIONS.COUNSELOR) return true;
  const folded = foldedText(text);
  return PATTERNS.some((p) => p.test(folded));
}
