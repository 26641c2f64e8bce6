import { ACTORS, BEVERWIJK, HEEMSKERK, IJMOND, memberOf, VELSEN } from './actors';
import { stepsOf, type DemoStep, type ScenarioCalendar } from './demo-step';
import { BODY, member } from './ids';

const { admin, secretary } = ACTORS;

/**
 * The three IJmond municipalities, a local participation council in each, the regional
 * participation council and the youth panel (seed 001, "regionale participatieraad";
 * "(Hoe) willen jongeren participeren?"), and their members.
 */
export function setupSteps(calendar: ScenarioCalendar): DemoStep[] {
  const { steps, post } = stepsOf('setup');
  for (const [code, name] of [
    [BEVERWIJK, 'Beverwijk'],
    [HEEMSKERK, 'Heemskerk'],
    [VELSEN, 'Velsen'],
  ] as const) {
    post('RegisterMunicipality', admin, '/municipalities', { code, name });
  }
  const bodies = [
    {
      id: BODY.regional,
      name: 'Regionale Participatieraad IJmond',
      kind: 'regional-participation-council',
      municipalityCodes: [...IJMOND],
      domains: ['wmo', 'youth', 'participation-act'],
    },
    ...(
      [
        [BODY.beverwijk, 'Participatieraad Beverwijk', BEVERWIJK],
        [BODY.heemskerk, 'Participatieraad Heemskerk', HEEMSKERK],
        [BODY.velsen, 'Participatieraad Velsen', VELSEN],
      ] as const
    ).map(([id, name, code]) => ({
      id,
      name,
      kind: 'participation-council',
      municipalityCodes: [code],
      domains: ['wmo', 'youth', 'participation-act'],
    })),
    {
      id: BODY.youthPanel,
      name: 'Jongerenpanel IJmond',
      kind: 'advisory-group',
      municipalityCodes: [...IJMOND],
      domains: ['youth'],
    },
  ];
  for (const body of bodies) post('EstablishParticipationBody', admin, '/participation-bodies', body);

  const members: [string, number, string, string, string[], string[]][] = [
    [BODY.regional, 1, 'Gerda Vreeswijk', 'chair', ['policy'], ['regionale inkoop']],
    [BODY.regional, 2, 'Hamid el Amrani', 'member', ['lived-experience'], ['werk en inkomen']],
    [BODY.regional, 3, 'Ineke Borst', 'secretary', ['policy'], []],
    [BODY.beverwijk, 4, 'Johan Kerkvliet', 'chair', ['lived-experience', 'policy'], ['toegang']],
    [BODY.beverwijk, 5, 'Sevda Yilmaz', 'flexible-shell', ['lived-experience'], ['mantelzorg']],
    [BODY.heemskerk, 6, 'Pieter Duijn', 'chair', ['policy'], ['participatiewet']],
    [BODY.heemskerk, 7, 'Marloes Tuin', 'member', ['lived-experience'], ['schulden']],
    [BODY.velsen, 8, 'Wilma Akkerman', 'chair', ['policy'], ['vervoer']],
    [BODY.velsen, 9, 'Bram Leegwater', 'steering-group', ['lived-experience'], ['jeugd']],
    [BODY.youthPanel, 10, 'Noor Visscher', 'member', ['lived-experience'], ['jeugdhulp']],
    [BODY.youthPanel, 11, 'Daan Smit', 'member', ['lived-experience'], ['openbare ruimte']],
  ];
  // The member who acts for each body logs in as that body's member (memberOf).
  const logins: Readonly<Record<number, string>> = {
    2: memberOf(BODY.regional).sub,
    4: memberOf(BODY.beverwijk).sub,
    7: memberOf(BODY.heemskerk).sub,
    8: memberOf(BODY.velsen).sub,
    10: memberOf(BODY.youthPanel).sub,
  };
  for (const [bodyId, n, displayName, role, expertise, focusAreas] of members) {
    const subject = logins[n];
    post('AppointMember', secretary, `/participation-bodies/${bodyId}/members`, {
      memberId: member(n),
      displayName,
      role,
      expertise,
      focusAreas,
      ...(subject ? { subject } : {}),
    });
  }
  post('EndMembership', secretary, `/participation-bodies/${BODY.velsen}/members/${member(9)}/_end`, {
    reason: `Verhuisd naar een andere regio (per ${calendar.day(300)}).`,
  });
  for (const [code, regulation] of REGULATIONS) {
    post('SetParticipationRegulation', admin, `/municipalities/${code}/regulation`, regulation);
  }
  return steps;
}

/**
 * Each municipality's participation regulation (seed 004, "verordening"): Heemskerk gives its
 * college eight weeks to answer and meets the alderman three times a year; the others keep the
 * defaults of six weeks and twice a year.
 */
export const REGULATIONS = [
  [
    BEVERWIJK,
    {
      responseTermDays: 42,
      adviceTermDays: 42,
      aldermanConsultationsPerYear: 2,
      programmeManagerConsultationEveryMonths: 2,
    },
  ],
  [
    HEEMSKERK,
    {
      responseTermDays: 56,
      adviceTermDays: 42,
      aldermanConsultationsPerYear: 3,
      programmeManagerConsultationEveryMonths: 2,
    },
  ],
  [
    VELSEN,
    {
      responseTermDays: 42,
      adviceTermDays: 56,
      aldermanConsultationsPerYear: 2,
      programmeManagerConsultationEveryMonths: 2,
    },
  ],
] as const;
