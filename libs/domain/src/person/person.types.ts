import type { Command, DomainEvent } from '../kit';

/**
 * Forgetting a person (AVG art. 17) is itself on record, without any personal data: who asked
 * and when live in the event's metadata; the person's key is destroyed by the application.
 * Erasure cannot be undone, so it takes four eyes: one admin asks (`ForgetPerson`), a
 * different admin confirms (`ConfirmForgetPerson`), and only the confirmation forgets.
 */
export type ForgetPerson = Command<'ForgetPerson', { readonly personId: string }>;
export type ConfirmForgetPerson = Command<'ConfirmForgetPerson', { readonly personId: string }>;

/** The first pair of eyes; `requestedBy` is the asking admin's (pseudonymous) login id. */
export type PersonForgettingRequested = DomainEvent<
  'PersonForgettingRequested',
  { readonly personId: string; readonly requestedBy: string }
>;
/** The person's key is destroyed; before four eyes this followed `ForgetPerson` at once. */
export type PersonForgotten = DomainEvent<'PersonForgotten', { readonly personId: string }>;

export type PersonCommand = ForgetPerson | ConfirmForgetPerson;
export type PersonEvent = PersonForgettingRequested | PersonForgotten;
export type PersonState =
  | { readonly status: 'known' }
  | { readonly status: 'forgetting-requested'; readonly personId: string; readonly requestedBy: string }
  | { readonly status: 'forgotten'; readonly personId: string };
