import { foldedText } from '../nlu/normalize';

/**
 * Commands the bot understands anywhere in a conversation, and the main-menu choices. Matching is on the
 * folded text (no diacritics, lowercase), so "Hủy", "huỷ" and "huy" are the same command; a menu choice also
 * matches its visible title in either language, so a tapped quick reply and the same words typed are equal.
 */
export const MENU_ITEMS = ['training', 'jobs', 'abroad', 'rights', 'quiz', 'counselor', 'deleteData', 'language'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

/** `resume` continues the flow a safety message paused (the safety reply's "continue" button). */
export const GLOBAL_COMMANDS = ['menu', 'cancel', 'restart', 'help', 'resume'] as const;
export type GlobalCommand = (typeof GLOBAL_COMMANDS)[number];

export type Intent = MenuItem | GlobalCommand;

/** Extra phrasings (folded) besides the menu titles from the locale files. */
const PHRASES: Record<Intent, string[]> = {
  menu: ['menu', 'main menu', 've menu', 've menu chinh', 'menu chinh', 'quay lai menu', 'trang chu', 'home'],
  cancel: ['huy', 'huy bo', 'thoi', 'dung lai', 'cancel', 'stop', 'quit', 'exit'],
  restart: ['bat dau lai', 'lam lai tu dau', 'restart', 'start over', 'bat dau'],
  help: ['help', 'tro giup', 'giup', 'huong dan', 'giup voi', 'can giup do', '?'],
  resume: ['safety:continue'],
  training: ['hoc nghe', 'vocational training', 'training'],
  jobs: ['viec lam', 'jobs', 'job', 'tim viec'],
  abroad: ['lam viec o nuoc ngoai', 'xuat khau lao dong', 'working abroad', 'work abroad'],
  rights: ['quyen tre em', 'quyen tre em va lao dong', 'quyen lao dong', 'rights', 'child and labour rights'],
  quiz: [
    'kham pha nghe',
    'kham pha nghe hop voi minh',
    'trac nghiem nghe nghiep',
    'career quiz',
    'find careers for me',
    'holland',
    // Resuming a paused quiz (the survey says "nothing to resume" when there is none).
    'tiep tuc',
    'lam tiep',
    'tiep tuc trac nghiem',
    'lam tiep trac nghiem',
    'continue',
    'resume',
    'continue the quiz',
    'resume the quiz',
  ],
  deleteData: [
    'xoa du lieu',
    'xoa du lieu cua toi',
    'xoa du lieu cua minh',
    'xoa du lieu cua em',
    'xoa het du lieu',
    'xoa thong tin cua toi',
    'xoa thong tin cua minh',
    'du lieu cua toi',
    'rut lai dong y',
    'rut dong y',
    'delete my data',
    'delete data',
    'erase my data',
    'my data',
    'withdraw consent',
  ],
  counselor: [
    'safety:counselor',
    'gap tu van vien',
    'tu van vien',
    'noi chuyen voi nguoi that',
    'gap nguoi that',
    'talk to a counselor',
    'talk to a person',
    'talk to a human',
    'counselor',
    'counsellor',
  ],
  language: ['ngon ngu', 'language', 'ngon ngu language', 'doi ngon ngu', 'change language', 'tieng anh', 'english', 'tieng viet', 'vietnamese'],
};

/** Builds the lookup from folded phrase to intent, adding each menu title in every language. */
export function buildIntentTable(titles: Partial<Record<Intent, string[]>>): Map<string, Intent> {
  const table = new Map<string, Intent>();
  for (const [intent, phrases] of Object.entries(PHRASES) as [Intent, string[]][]) {
    for (const p of [...phrases, ...(titles[intent] ?? [])]) table.set(foldedText(p) || p, intent);
  }
  return table;
}

/** The intent a whole message expresses, or undefined. Only whole-message matches count: "huy" cancels, "huy hiệu" does not. */
export function matchIntent(table: Map<string, Intent>, text: string | undefined): Intent | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  if (trimmed === '?') return table.get('?');
  return table.get(commandKey(trimmed));
}

const COMMAND_KEY_MAX = 80;
const COMMAND_KEY_CACHE = 2000;
const commandKeys = new Map<string, string>();

/**
 * The folded form of a short message, remembered: most turns are quick-reply taps and commands (a few dozen
 * distinct strings), and one turn asks for the same message's form several times (main router, survey,
 * greeting, FAQ offers). Long free text is folded each time and not kept; the map is cleared when it is full.
 */
export function commandKey(text: string): string {
  if (text.length > COMMAND_KEY_MAX) return foldedText(text);
  let key = commandKeys.get(text);
  if (key === undefined) {
    key = foldedText(text);
    if (commandKeys.size >= COMMAND_KEY_CACHE) commandKeys.clear();
    commandKeys.set(text, key);
  }
  return key;
}

const GREETINGS = /^(hi|hello|hey|chao|xin chao|alo|helo|hii+|chao ban|chao bot|chao ad|chao admin|start|get_started|bat dau)\W*$/;

/** A message that only says hello (or is empty, as a channel's "get started" can be); folded, any punctuation after. */
export function isGreeting(text: string | undefined): boolean {
  if (!text) return true;
  return GREETINGS.test(commandKey(text));
}
