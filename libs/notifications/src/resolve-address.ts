import { decryptValue, type PersonKeyStore } from '#privacy';
import type { SealedReporter } from './notification-context';

/** Why a message has nobody to go to; the sender drops it unsent and says so. */
export type NoAddress = 'no-address' | 'forgotten' | 'no-consent' | 'opted-out';

/**
 * A reporter's address, opened only now, at sending: after ForgetPerson the key is gone and
 * so is the address; without their consent (`feedbackByMail`) there is none to write to.
 */
export async function residentAddressOf(
  keys: PersonKeyStore,
  sealed: SealedReporter | null,
): Promise<{ address: string } | { none: NoAddress }> {
  if (!sealed || !('ciphertext' in sealed)) return { none: 'forgotten' };
  const key = (await keys.existingKeys([sealed.personId])).get(sealed.personId);
  if (!key) return { none: 'forgotten' };
  const details = decryptValue(key, sealed.personId, sealed.ciphertext) as {
    contact?: string;
    feedbackByMail?: boolean;
  };
  if (details.feedbackByMail !== true) return { none: 'no-consent' };
  if (!details.contact || !details.contact.includes('@')) return { none: 'no-address' };
  return { address: details.contact };
}
