import type { Notifier, OffConsoleAlert } from './notifier';

/** How long a webhook may take before the alert counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 5000;

export class WebhookError extends Error {
  override readonly name = 'WebhookError';
  constructor(readonly status: number | undefined, message: string) {
    super(message);
  }
}

/**
 * POSTs the alert as JSON to ALERT_WEBHOOK_URL: `{ text, alert }`, where `text` is the one-line summary that
 * chat webhooks (Slack-style, Google Chat, most SMS gateways) display as is. Any 2xx is success.
 */
export class WebhookNotifier implements Notifier {
  readonly name = 'webhook';

  constructor(
    private readonly url: string,
    private readonly timeoutMs = WEBHOOK_TIMEOUT_MS,
  ) {}

  async notify(alert: OffConsoleAlert): Promise<void> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'ban-dong-hanh-alerts' },
        body: JSON.stringify({ text: alert.summary, alert }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new WebhookError(undefined, `webhook unreachable (${err instanceof Error ? err.name : 'error'})`);
    }
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw new WebhookError(res.status, `webhook answered HTTP ${res.status}`);
  }
}
