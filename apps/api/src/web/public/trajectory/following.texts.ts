import type { Language } from '../../i18n/language';

/** The words of the follow button on the trajectory and council proposal pages. */
const NL = {
  heading: 'Volgen',
  follow: 'Volgen',
  unfollow: 'Niet meer volgen',
  trajectory: {
    following: 'U volgt dit adviestraject: u krijgt een e-mail bij elke volgende stap.',
    notFollowing: 'Volg dit adviestraject om een e-mail te krijgen bij elke volgende stap.',
  },
  proposal: {
    following: (municipality: string) =>
      `U volgt dit raadsvoorstel van ${municipality}: u krijgt een e-mail bij elk advies en bij het besluit van de raad.`,
    notFollowing: (municipality: string) =>
      `Volg dit raadsvoorstel van ${municipality} om een e-mail te krijgen bij elk advies en bij het besluit van de raad.`,
  },
};

const EN: typeof NL = {
  heading: 'Follow',
  follow: 'Follow',
  unfollow: 'Stop following',
  trajectory: {
    following: 'You follow this advice trajectory: you get an e-mail at each next step.',
    notFollowing: 'Follow this advice trajectory to get an e-mail at each next step.',
  },
  proposal: {
    following: (municipality: string) =>
      `You follow this council proposal of ${municipality}: you get an e-mail for each advice and the council's decision.`,
    notFollowing: (municipality: string) =>
      `Follow this council proposal of ${municipality} to get an e-mail for each advice and the council's decision.`,
  },
};

export function followingTexts(language: Language): typeof NL {
  return language === 'en' ? EN : NL;
}
