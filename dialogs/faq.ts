import type { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import { formatOrgContact, kbKey, renderSourceLine, topQuestions, type Domain, type Entry } from '../src/knowledge';
import { scrubText } from '../src/nlu/scrub';
import { SAFETY_TURN_KEY } from '../src/safety';
import type { BotServices } from '../src/bot/services';
import { commandKey } from '../src/bot/intents';
import { turnLang, turnT } from '../src/bot/turn';
import type { Lang } from '../src/i18n';
import { sendMenu, withQuickReplies } from './menu';

/** How many questions a topic menu offers, and how many related questions follow an answer. */
const TOPIC_QUESTIONS = 6;
const RELATED_QUESTIONS = 3;
/** After this many unanswered questions in a row, the bot offers a person. */
export const ABSTAIN_STREAK_OFFER = 3;

/** What one quick reply the bot offered means, keyed by its folded title. */
type Offer =
  | { kind: 'entry'; entryId: string }
  | { kind: 'more'; entryId: string }
  | { kind: 'vote'; entryId: string; vote: 'up' | 'down' }
  | { kind: 'none' };

/** FAQ memory of a conversation: the options offered last turn, and the unanswered streak. */
export interface FaqState {
  offers?: Record<string, Offer>;
  /** The scrubbed question that led to the last answer or clarification. */
  question?: string;
  abstainStreak?: number;
}

/**
 * Answers questions from the knowledge base: a sourced answer with related questions and 👍/👎, "Ý bạn là…"
 * when unsure, and an honest "I don't know" (logged for staff, counselor offered) otherwise. Quick replies it
 * offers are remembered for one turn, so a tap (or the same words typed) maps to exactly what was offered.
 */
export class FaqResponder {
  /** A domain's topic menu per language: the knowledge base is loaded once, so its buttons never change. */
  private readonly topics = new Map<string, { titles: string[]; offers: Record<string, Offer> }>();

  constructor(private readonly services: BotServices) {}

  /** Handles a tap on something this responder offered last turn. Returns false when the text is not one. */
  async handleOffer(context: TurnContext, text: string): Promise<boolean> {
    const state = await this.services.faqState.get(context, {});
    const offer = state.offers?.[commandKey(text)];
    if (!offer) return false;
    state.offers = {};
    const kb = this.services.knowledge.kb;
    if (offer.kind === 'entry') {
      const entry = kb.byId(offer.entryId);
      if (entry) await this.sendAnswer(context, entry, state);
      return entry !== undefined;
    }
    if (offer.kind === 'more') {
      const entry = kb.byId(offer.entryId);
      if (!entry) return false;
      const t = turnT(context, this.services.i18n);
      await this.sendAnswer(context, entry, state, t(kbKey(entry.id, 'more'), this.vars(context)));
      return true;
    }
    if (offer.kind === 'vote') {
      await this.vote(context, offer.entryId, offer.vote, state);
      return true;
    }
    await this.abstain(context, state, 0);
    return true;
  }

  /** Matches a free-text question and answers, clarifies or abstains. */
  async answerQuestion(context: TurnContext, text: string): Promise<void> {
    const state = await this.services.faqState.get(context, {});
    const lang = turnLang(context);
    const result = this.services.knowledge.answerer.ask(text, lang);
    // After a safety reply this turn, only a confident answer is worth adding; no "Ý bạn là…", no "I don't know".
    if (context.turnState.get(SAFETY_TURN_KEY) !== undefined && result.kind !== 'answer') return;
    state.question = scrubText(text);
    state.offers = {};
    if (result.kind === 'answer') return this.sendAnswer(context, result.entry, state);
    if (result.kind === 'clarify') return this.clarify(context, result.candidates, state);
    return this.abstain(context, state, result.confidence);
  }

  /** The topic menu of a domain: its top questions as quick replies. */
  async showTopic(context: TurnContext, domain: Domain): Promise<void> {
    const state = await this.services.faqState.get(context, {});
    const t = turnT(context, this.services.i18n);
    const topic = this.topic(domain, turnLang(context));
    state.offers = { ...topic.offers };
    const titles = [...topic.titles, t('common:menu.back')];
    await context.sendActivity(withQuickReplies(`${t(`faq:domains.${domain}`)}\n${t('faq:chooseTopic')}`, titles));
  }

  private topic(domain: Domain, lang: Lang): { titles: string[]; offers: Record<string, Offer> } {
    let topic = this.topics.get(`${domain}/${lang}`);
    if (!topic) {
      const items = topQuestions(this.services.knowledge.kb, domain, lang, TOPIC_QUESTIONS);
      topic = { titles: items.map((q) => q.title), offers: Object.fromEntries(items.map((q) => [commandKey(q.title), { kind: 'entry', entryId: q.id }])) };
      this.topics.set(`${domain}/${lang}`, topic);
    }
    return topic;
  }

  private title(t: TFunction, entry: Entry): string {
    return t(kbKey(entry.id, 'title'));
  }

  private vars(context: TurnContext): Record<string, string> {
    return { orgContact: formatOrgContact(this.services.org, turnT(context, this.services.i18n)) };
  }

  private async sendAnswer(context: TurnContext, entry: Entry, state: FaqState, body?: string): Promise<void> {
    const t = turnT(context, this.services.i18n);
    const lang = turnLang(context);
    state.abstainStreak = 0;
    const related = entry.related.map((id) => this.services.knowledge.kb.byId(id)).filter((e): e is Entry => e !== undefined).slice(0, RELATED_QUESTIONS);
    const offers: Record<string, Offer> = {};
    const titles: string[] = [];
    const add = (title: string, offer: Offer) => {
      offers[commandKey(title)] = offer;
      titles.push(title);
    };
    if (!body && entry.more) add(t('faq:seeMore'), { kind: 'more', entryId: entry.id });
    for (const r of related) add(this.title(t, r), { kind: 'entry', entryId: r.id });
    add(t('faq:feedback.up'), { kind: 'vote', entryId: entry.id, vote: 'up' });
    add(t('faq:feedback.down'), { kind: 'vote', entryId: entry.id, vote: 'down' });
    titles.push(t('common:menu.back'));
    state.offers = offers;
    const source = renderSourceLine(entry, lang, t);
    const text = `${body ?? t(kbKey(entry.id, 'answer'), this.vars(context))}\n\n${source}`;
    await context.sendActivity(withQuickReplies(text, titles));
  }

  private async clarify(context: TurnContext, candidates: Entry[], state: FaqState): Promise<void> {
    const t = turnT(context, this.services.i18n);
    const offers: Record<string, Offer> = {};
    for (const c of candidates) offers[commandKey(this.title(t, c))] = { kind: 'entry', entryId: c.id };
    offers[commandKey(t('faq:noneOfThese'))] = { kind: 'none' };
    state.offers = offers;
    await context.sendActivity(withQuickReplies(t('faq:didYouMean'), [...candidates.map((c) => this.title(t, c)), t('faq:noneOfThese')]));
  }

  private async abstain(context: TurnContext, state: FaqState, confidence: number): Promise<void> {
    const t = turnT(context, this.services.i18n);
    const { activity } = context;
    state.abstainStreak = (state.abstainStreak ?? 0) + 1;
    await this.services.stores.feedback.recordUnanswered({
      userId: activity.from.id,
      text: state.question ?? '',
      lang: turnLang(context),
      channel: activity.channelId,
      at: this.services.now().toISOString(),
      confidence: Math.max(0, Math.min(1, confidence)),
    });
    const offerPerson = state.abstainStreak >= ABSTAIN_STREAK_OFFER;
    const text = `${t('faq:dontKnow')}\n\n${t(offerPerson ? 'faq:offerCounselorStreak' : 'faq:offerCounselor')}`;
    const topics = (['rights', 'training', 'jobs', 'abroad'] as const).map((d) => t(`common:menu.${d}`));
    await context.sendActivity(withQuickReplies(text, [t('common:menu.counselor'), ...topics, t('common:menu.back')]));
  }

  private async vote(context: TurnContext, entryId: string, vote: 'up' | 'down', state: FaqState): Promise<void> {
    const t = turnT(context, this.services.i18n);
    const { activity } = context;
    await this.services.stores.feedback.recordVote({
      userId: activity.from.id,
      entryId,
      vote,
      channel: activity.channelId,
      at: this.services.now().toISOString(),
      lang: turnLang(context),
      ...(state.question ? { text: state.question } : {}),
    });
    await sendMenu(context, t, `${t(vote === 'up' ? 'faq:feedback.thanksUp' : 'faq:feedback.thanksDown')}\n${t('faq:askAnother')}`);
  }
}
