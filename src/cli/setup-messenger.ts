/**
 * `npm run setup:messenger` — sets the Page's Messenger Profile: the Get Started button (payload
 * GET_STARTED, which the adapter turns into a welcome), the greeting and the persistent menu, in
 * Vietnamese (locale "default") and English (en_US, en_GB). Idempotent: run it again after changing
 * locales/<lang>/channels.json. `--dry-run` prints the profile without calling Graph.
 *
 * Usage: tsx src/cli/setup-messenger.ts [--dry-run]
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { createI18n } from '../i18n';
import { GraphApi, type GraphSettings } from '../channels/messenger/api';
import { GET_STARTED_PAYLOAD } from '../channels/messenger/mapping';

/** The persistent-menu entries, in order; titles and payloads live in locales/<lang>/channels.json. */
export const MENU_ITEMS = ['main', 'counselor', 'quiz'] as const;
const ENGLISH_LOCALES = ['en_US', 'en_GB'];

function menu(t: TFunction, locale: string): object {
  return {
    locale,
    composer_input_disabled: false,
    call_to_actions: MENU_ITEMS.map((k) => ({
      type: 'postback',
      title: t(`channels:messenger.menu.${k}.title`),
      payload: t(`channels:messenger.menu.${k}.payload`),
    })),
  };
}

/** The Messenger Profile body (reference/channels.md §1.9). */
export function buildMessengerProfile(i18n: I18n): object {
  const vi = i18n.getFixedT('vi');
  const en = i18n.getFixedT('en');
  return {
    get_started: { payload: GET_STARTED_PAYLOAD },
    greeting: [
      { locale: 'default', text: vi('channels:messenger.greeting') },
      ...ENGLISH_LOCALES.map((locale) => ({ locale, text: en('channels:messenger.greeting') })),
    ],
    persistent_menu: [menu(vi, 'default'), ...ENGLISH_LOCALES.map((l) => menu(en, l))],
  };
}

/** Posts the profile to Graph. Throws ChannelSendError (e.g. bad token) on refusal. */
export async function setupMessenger(settings: GraphSettings, i18n: I18n): Promise<object> {
  const profile = buildMessengerProfile(i18n);
  await new GraphApi(settings).setMessengerProfile(profile);
  return profile;
}

async function main(argv: string[]): Promise<number> {
  const i18n = createI18n();
  if (argv.includes('--dry-run')) {
    console.log(JSON.stringify(buildMessengerProfile(i18n), null, 2));
    return 0;
  }
  // Loaded lazily so that importing this module (tests) never reads the environment.
  const { loadConfigFromProcess } = await import('../config');
  const { messengerSettingsFrom } = await import('../channels/shared/settings');
  const settings = messengerSettingsFrom(loadConfigFromProcess());
  if (!settings) {
    console.error('Messenger is not configured: set MESSENGER_VERIFY_TOKEN, MESSENGER_APP_SECRET and MESSENGER_PAGE_ACCESS_TOKEN.');
    return 78;
  }
  await setupMessenger(settings, i18n);
  console.log('Messenger profile set: Get Started, greeting and persistent menu (vi default, en_US, en_GB).');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`setup:messenger failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
