import type { Activity, CardAction } from 'botbuilder';
import type { ChannelOption } from '../../storage/ports/channel-contacts';

const CHOICE_TYPES = new Set(['imBack', 'postBack', 'messageBack']);

function actionValue(a: CardAction): string | undefined {
  if (typeof a.value === 'string' && a.value.trim()) return a.value;
  if (typeof a.text === 'string' && a.text.trim()) return a.text;
  if (typeof a.title === 'string' && a.title.trim()) return a.title;
  return undefined;
}

/**
 * The choices a bot message offers (suggestedActions of type imBack/postBack/messageBack): the title to show
 * and the value the bot expects back as if the user had typed it.
 */
export function choicesOf(activity: Partial<Activity>): ChannelOption[] {
  const actions = activity.suggestedActions?.actions ?? [];
  const out: ChannelOption[] = [];
  for (const a of actions) {
    if (!CHOICE_TYPES.has(a.type)) continue;
    const value = actionValue(a);
    if (value === undefined) continue;
    out.push({ title: (a.title ?? value).trim() || value, value });
  }
  return out;
}

/** Link-like suggested actions (openUrl, call) that cannot be quick replies. */
export function linksOf(activity: Partial<Activity>): { title: string; type: 'openUrl' | 'call'; target: string }[] {
  const actions = activity.suggestedActions?.actions ?? [];
  const out: { title: string; type: 'openUrl' | 'call'; target: string }[] = [];
  for (const a of actions) {
    if ((a.type === 'openUrl' || a.type === 'call') && typeof a.value === 'string' && a.value) {
      out.push({ title: a.title || a.value, type: a.type, target: a.value });
    }
  }
  return out;
}

/** "1. Học nghề\n2. Việc làm" — the text form of options, for platforms without buttons. */
export function numberedList(options: ChannelOption[]): string {
  return options.map((o, i) => `${i + 1}. ${o.title}`).join('\n');
}

const NUMBER_ONLY = /^\s*(?:số\s*)?(\d{1,2})\s*[.)]?\s*$/iu;

/** Reads a typed "2" / "2." / "số 2" as the second option; anything else is not an option pick. */
export function pickNumbered(text: string, options: ChannelOption[] | undefined): ChannelOption | undefined {
  if (!options || options.length === 0) return undefined;
  const m = NUMBER_ONLY.exec(text);
  if (!m) return undefined;
  return options[Number(m[1]) - 1];
}
