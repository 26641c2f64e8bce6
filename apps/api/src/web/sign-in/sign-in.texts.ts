import type { Language } from '../i18n/language';

/** The texts of OpenID Connect sign-in, sign-out and the sessions page. */
const NL = {
  providerFailedTitle: 'Inloggen is niet gelukt',
  providerFailedText: 'De inlogdienst van uw gemeente gaf geen geldige aanmelding terug. Probeer het opnieuw.',
  notAMemberTitle: 'Geen lid van een participatieorgaan',
  notAMemberText:
    'Uw account is niet gekoppeld aan een lidmaatschap van een participatieorgaan. Vraag de secretaris van uw orgaan om uw lidmaatschap aan uw account te koppelen.',
  signInAgain: 'Opnieuw inloggen',
  signedOutHere: 'U bent uitgelogd bij deze toepassing.',
  signOutAtProvider: 'Ook uitloggen bij de inlogdienst van uw gemeente',
  forwardedRefused:
    'Dit verzoek kwam via een proxy of tunnel. Toegangsbewijzen maakt deze installatie alleen voor een browser op de server zelf.',
  sessionsTitle: 'Actieve sessies',
  sessionsIntro:
    'De sessies waarmee een gebruiker nu is ingelogd. Trek een sessie in om die gebruiker direct uit te loggen.',
  subject: 'Gebruiker (sub)',
  show: 'Toon sessies',
  noSessions: 'Deze gebruiker heeft geen actieve sessies.',
  started: 'Begonnen',
  lastSeen: 'Laatst gebruikt',
  endsAt: 'Verloopt uiterlijk',
  method: 'Ingelogd via',
  revoke: 'Intrekken',
  revoked: 'De sessie is ingetrokken.',
};

const EN: typeof NL = {
  providerFailedTitle: 'Signing in failed',
  providerFailedText: "Your municipality's sign-in service returned no valid sign-in. Please try again.",
  notAMemberTitle: 'Not a member of a participation body',
  notAMemberText:
    "Your account is not tied to a membership of a participation body. Ask your body's secretary to link your membership to your account.",
  signInAgain: 'Sign in again',
  signedOutHere: 'You are signed out of this application.',
  signOutAtProvider: "Also sign out of your municipality's sign-in service",
  forwardedRefused:
    'This request came through a proxy or tunnel. This installation makes tokens only for a browser on the server itself.',
  sessionsTitle: 'Active sessions',
  sessionsIntro: 'The sessions a user is signed in with now. Revoke one to sign that user out at once.',
  subject: 'User (sub)',
  show: 'Show sessions',
  noSessions: 'This user has no active sessions.',
  started: 'Started',
  lastSeen: 'Last used',
  endsAt: 'Ends at the latest',
  method: 'Signed in with',
  revoke: 'Revoke',
  revoked: 'The session is revoked.',
};

export type SignInTexts = typeof NL;

export function signInTexts(language: Language): SignInTexts {
  return language === 'en' ? EN : NL;
}
