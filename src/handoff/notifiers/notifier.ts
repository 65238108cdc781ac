/**
 * Off-console alerts (issue 7 §5): when a high-priority ticket arrives or a critical one waits too long, the
 * counselors who do not have the console open are told by webhook (a team chat, an SMS gateway) or e-mail.
 * An alert carries no message text and no user id: only what is needed to open the console.
 */
export interface OffConsoleAlert {
  kind: 'new' | 'raised' | 'overdue';
  ticketId: string;
  priority: number;
  level?: string;
  category?: string;
  channel: string;
  /** Minutes the ticket has waited for a counselor. */
  waitingMinutes: number;
  /** Counselors with the console open right now. */
  counselorsOnline: number;
  /** Link to the ticket in the console, when PUBLIC_URL is set. */
  consoleUrl?: string;
  /** One line for people, in Vietnamese (the counselors' language), without any teen content. */
  summary: string;
  at: string;
}

export interface Notifier {
  readonly name: string;
  /** Delivers one alert. Throws on failure; the caller logs it and goes on. */
  notify(alert: OffConsoleAlert): Promise<void>;
}

/** Sends to every notifier; one failing does not stop the others. Returns the names that failed. */
export async function notifyAll(notifiers: readonly Notifier[], alert: OffConsoleAlert, onError: (name: string, err: unknown) => void): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    notifiers.map(async (n) => {
      try {
        await n.notify(alert);
      } catch (err) {
        failed.push(n.name);
        onError(n.name, err);
      }
    }),
  );
  return failed;
}
