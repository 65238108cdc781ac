import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Paths that may carry what a teen wrote or who they are. They are removed from every log line: users are
 * minors, and logs travel further than the database (stdout, Application Insights, support tickets).
 */
export const REDACT_PATHS = [
  'text',
  '*.text',
  'activity.text',
  'activity.attachments',
  'activity.value',
  'activity.from.name',
  'body',
  '*.body',
  'message',
  '*.message.text',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'token',
  '*.token',
  'access_token',
  'refresh_token',
];

/** The process logger: JSON lines, message text redacted. Child loggers name their module (`bot:zalo`). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ban-dong-hanh' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
