/**
 * Personal data of one data subject (a name, contact details, or free text that can describe
 * a person). The marker is part of the event contract from the first event on: the privacy
 * layer stores `value` encrypted under the key of `personId`, and forgetting that person
 * erases the value everywhere while the event stays.
 */
export interface PersonalData<T> {
  readonly personId: string;
  readonly value: T;
}

export function personal<T>(personId: string, value: T): PersonalData<T> {
  return { personId, value };
}
