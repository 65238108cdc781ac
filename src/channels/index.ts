import type { i18n as I18n } from 'i18next';
import type { BotApp } from '../bot/app';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ChannelPlugin } from '../server/server';
import type { Stores } from '../storage';
import { createMessengerChannel } from './messenger';
import type { DeliveryFailure } from '../storage/ports/channel-failures';
import { messengerSettingsFrom, zaloSettingsFrom } from './shared/settings';
import { createZaloChannel } from './zalo';

/**
 * The platform channels whose settings are complete (config.ts refuses half-set ones), each with the bot's
 * shared middleware pipeline and turn-error handler. A channel without settings is not created: its routes 404.
 */
export function createChannelPlugins(deps: {
  config: Readonly<Config>;
  app: BotApp;
  stores: Stores;
  logger: Logger;
  i18n: I18n;
  onDeliveryFailure?: (failure: DeliveryFailure) => void;
}): ChannelPlugin[] {
  const hooks = deps.onDeliveryFailure ? { onDeliveryFailure: deps.onDeliveryFailure } : {};
  const plugins: ChannelPlugin[] = [];
  const messenger = messengerSettingsFrom(deps.config);
  if (messenger) {
    const channel = createMessengerChannel({ settings: messenger, stores: deps.stores.channels, logic: deps.app.logic, logger: deps.logger, i18n: deps.i18n, ...hooks });
    deps.app.attach(channel.adapter);
    plugins.push(channel);
  }
  const zalo = zaloSettingsFrom(deps.config);
  if (zalo) {
    const channel = createZaloChannel({ settings: zalo, stores: deps.stores.channels, logic: deps.app.logic, logger: deps.logger, i18n: deps.i18n, ...hooks });
    deps.app.attach(channel.adapter);
    plugins.push(channel);
  }
  return plugins;
}
