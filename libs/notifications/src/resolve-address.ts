import { decryptValue, type PersonKeys } from '#privacy';
import type { SealedReporter } from './notification-context';

/** Why a message has nobody to go to; the sender drops it unsent and says so. */
export type NoAddress = 'no-address' | 'forgotten' | 'no-consent' | 'opted-out';

/** The people whose sealed addresses these are, to read their keys in one statement. */
export function sealedPeopleOf(sealed: readonly (SealedReporter | null)[]): string[] {
  return sealed.flatMap((s) => (s && 'ciphertext' in s ? [s.personId] : []));
}

/**
 * A reporter's address, opened only now, at sending, with the batch's keys: after ForgetPerson
 * the key is gone and so is the address; without their consent (`feedbackByMail`) there is
 * none to write to.
 */
export function openResidentAddress(
  keys: PersonKeys,
  sealed: SealedReporter | null,
): { address: string } | { none: NoAddress } {
  if (!sealed || !('ciphertext' in sealed)) return { none: 'forgotten' };
  const key = keys.get(sealed.personId);
  if (!key) return { none: 'forgotten' };
  const details = decryptValue(key, sealed.personId, sealed.ciphertext) as {
    contact?: string;
    feedbackByMail?: boolean;
  };
  if (details.feedbackByMail !== true) return { none: 'no-consent' };
  if (!details.contact || !details.contact.includes('@')) return { none: 'no-address' };
  return { address: details.contact };
}
