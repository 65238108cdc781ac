import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import { DAY_KEYS, type Interval, type OfficeHours } from './office-hours';

/** Answers to the rating question: 1-5 and "skip". */
export const RATING_VALUES = ['1', '2', '3', '4', '5'] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
const sameDay = (a: readonly Interval[], b: readonly Interval[]) => a.length === b.length && a.every((x, i) => x.from === b[i]?.from && x.to === b[i]?.to);

/** "Thứ 2–Thứ 6 07:30–17:00; Thứ 7 07:30–11:30" in the teen's language (Monday first). */
export function describeHours(hours: OfficeHours, t: TFunction): string {
  if (hours.always) return t('handoff:when.always');
  const order = [1, 2, 3, 4, 5, 6, 0];
  const groups: { days: number[]; intervals: readonly Interval[] }[] = [];
  for (const d of order) {
    const intervals = hours.intervals[d] ?? [];
    const last = groups[groups.length - 1];
    if (intervals.length === 0) continue;
    if (last && sameDay(last.intervals, intervals) && order.indexOf(last.days[last.days.length - 1] as number) === order.indexOf(d) - 1) last.days.push(d);
    else groups.push({ days: [d], intervals });
  }
  const dayName = (d: number) => t(`handoff:days.${DAY_KEYS[d] ?? 'mon'}`);
  return groups
    .map((g) => {
      const first = g.days[0] as number;
      const lastDay = g.days[g.days.length - 1] as number;
      const days = g.days.length > 1 ? `${dayName(first)}–${dayName(lastDay)}` : dayName(first);
      return `${days} ${g.intervals.map((i) => `${hhmm(i.from)}–${hhmm(i.to)}`).join(', ')}`;
    })
    .join('; ');
}

/** "07:30 Thứ 2, 13/01" — when a person will next read the chat. */
export function describeOpening(hours: OfficeHours, at: Date, t: TFunction): string {
  const p = hours.localParts(at);
  return t('handoff:when.next', { time: p.time, day: t(`handoff:days.${p.weekday}`), date: `${pad(p.day)}/${pad(p.month)}` });
}

function message(text: string, quickReplies?: string[]): Partial<Activity> {
  const a: Partial<Activity> = { type: ActivityTypes.Message, text };
  if (quickReplies?.length) a.suggestedActions = { actions: quickReplies.map((title) => ({ type: ActionTypes.ImBack, title, value: title })), to: [] };
  return a;
}

/**
 * What the teen is told when a request is queued: in hours, that a person will come; out of hours, when a
 * person will read it (S7) and, always, where to call in danger. Risk requests get the hours line only: the
 * safety answer already carried the hotline and said a counselor was asked for.
 */
export function queuedNotice(o: { t: TFunction; hours: OfficeHours; now: Date; risk: boolean; firstTime: boolean }): Partial<Activity>[] {
  const { t, hours, now } = o;
  const cancel = o.risk ? [] : [t('handoff:queued.cancel')];
  const open = hours.isOpen(now);
  const lines: string[] = [];
  if (!open) {
    const next = hours.nextOpening(now);
    lines.push(next ? t('handoff:queued.afterHours', { hours: describeHours(hours, t), next: describeOpening(hours, next, t) }) : t('handoff:queued.afterHoursNoOpening'));
    if (!o.risk) lines.push(t('handoff:queued.danger'));
  }
  if (o.risk) return lines.length ? [message(lines.join('\n\n'))] : [];
  const intro = o.firstTime ? [t('handoff:queued.open'), t('handoff:queued.wait')] : [t('handoff:queued.stillWaiting')];
  return [message([...intro, ...lines].join('\n\n'), cancel)];
}

/** Return to the bot (S1: say it is a bot again), then the optional 1-5 rating question. */
export function returnedNotice(t: TFunction, askRating: boolean): Partial<Activity>[] {
  const out = [message(t('handoff:returned'))];
  if (askRating) out.push(message(t('handoff:rating.ask'), [...RATING_VALUES, t('handoff:rating.skip')]));
  return out;
}

/** Puts buttons (the safety answer's: call 111, talk to a counselor…) on the last notice. */
export function withActions(activities: Partial<Activity>[], actions: readonly { title: string; value: string }[]): Partial<Activity>[] {
  const last = activities[activities.length - 1];
  if (!last) return activities;
  const cards = actions.map((a) => ({ type: a.value.startsWith('tel:') ? ActionTypes.Call : ActionTypes.PostBack, title: a.title, value: a.value }));
  return [...activities.slice(0, -1), { ...last, suggestedActions: { actions: cards, to: [] } }];
}

export function claimedNotice(t: TFunction): Partial<Activity>[] {
  return [message(t('handoff:claimed'))];
}

export { message as noticeMessage };
