import type { DeliveryFailureCode } from '../../storage/ports/channel-failures';

/**
 * How a send failed, independent of the platform:
 * `rate_limited` and `temporary` are retried from the outbox; the others are final.
 */
export type SendErrorKind =
  | 'window_closed'
  | 'user_unavailable'
  | 'rate_limited'
  | 'temporary'
  | 'bad_token'
  | 'not_connected'
  | 'rejected';

/**
 * A platform send failed. Carries the platform's own code (Graph `code/subcode`, Zalo `error`) but never the
 * message text. Thrown from `sendActivities` for final failures, after the failure has been recorded.
 */
export class ChannelSendError extends Error {
  constructor(
    readonly channel: string,
    readonly kind: SendErrorKind,
    readonly platformCode: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ChannelSendError';
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'temporary';
  }
}

/** Outside the platform's reply window (or a bot message where only a human may answer). */
export class WindowClosedError extends ChannelSendError {
  constructor(channel: string, platformCode: string | undefined, message: string) {
    super(channel, 'window_closed', platformCode, message);
    this.name = 'WindowClosedError';
  }
}

/** The adapter cannot do this on this platform (edit or delete a sent message). */
export class NotSupportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotSupportedError';
  }
}

/** Maps a final send error (or a retry budget spent) to the code recorded for the handoff layer. */
export function failureCodeOf(err: ChannelSendError, gaveUp: boolean): DeliveryFailureCode {
  if (gaveUp || err.retryable) return 'gave_up';
  switch (err.kind) {
    case 'window_closed':
      return 'window_closed';
    case 'user_unavailable':
      return 'user_unavailable';
    case 'bad_token':
    case 'not_connected':
      return 'bad_token';
    default:
      return 'rejected';
  }
}

/** Anything thrown by a transport becomes a ChannelSendError (unknown errors count as temporary). */
export function asSendError(err: unknown, channel: string): ChannelSendError {
  if (err instanceof ChannelSendError) return err;
  const name = err instanceof Error ? err.name : 'unknown';
  return new ChannelSendError(channel, 'temporary', undefined, `unexpected send failure (${name})`);
}
