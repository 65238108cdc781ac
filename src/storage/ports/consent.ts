import { z } from 'zod';
import { AGE_BANDS, type AgeBand } from '../../surveys/types';

/**
 * Consent to store survey data (Luật Bảo vệ dữ liệu cá nhân 2025, 91/2025/QH15; Nghị định 356/2025/NĐ-CP —
 * reference facts.md §5). One record each time a user agrees: which privacy-notice version they saw, their
 * age band, whether (under 16) they confirmed a parent or guardian agrees, and when. Withdrawal is kept as a
 * time on the record so processing can be shown to have stopped; "delete my data" removes the records.
 */
export interface ConsentRecord {
  /** Pseudonymous channel user id — never a name or phone number. */
  userId: string;
  channel: string;
  ageBand: AgeBand;
  /** Version of the privacy notice the user was shown (see src/surveys/notice.ts). */
  textVersion: string;
  /** Under 16: the user confirmed a parent or guardian agrees. Always false for 16 and over. */
  parentalConfirmed: boolean;
  /** ISO 8601. */
  givenAt: string;
}

export interface StoredConsent extends ConsentRecord {
  id: string;
  /** ISO 8601; set once consent is withdrawn. */
  withdrawnAt?: string;
}

const isoTime = z.iso.datetime({ offset: true });

/** What every implementation checks before writing (bad input changes nothing). */
export const consentSchema = z
  .object({
    userId: z.string().min(1).max(200),
    channel: z.string().min(1).max(50),
    ageBand: z.enum(AGE_BANDS),
    textVersion: z.string().min(1).max(50),
    parentalConfirmed: z.boolean(),
    givenAt: isoTime,
  })
  .strict();

/** Port implemented by SQLite now and Cosmos DB later; both must pass test/storage/conformance/consent.ts. */
export interface ConsentStore {
  /** Records a new consent (earlier active ones of the user stay as they are; `active` returns the newest). */
  record(consent: ConsentRecord): Promise<StoredConsent>;
  /** The user's newest consent that is not withdrawn, if any. */
  active(userId: string): Promise<StoredConsent | undefined>;
  /** Every consent record of the user, newest first ("see my data"). */
  listByUser(userId: string): Promise<StoredConsent[]>;
  /** Marks every active consent of the user withdrawn at `at`; returns how many. */
  withdraw(userId: string, at: string): Promise<number>;
  /** "Delete my data": removes the user's consent records; returns how many. */
  deleteByUser(userId: string): Promise<number>;
  /** Retention: removes records given before `before` (ISO); returns how many. */
  purgeBefore(before: string): Promise<number>;
}
