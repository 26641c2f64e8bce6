import type { DemoActor } from './demo-step';

export const BEVERWIJK = 'GM0375';
export const HEEMSKERK = 'GM0396';
export const VELSEN = 'GM0453';
export const IJMOND = [BEVERWIJK, HEEMSKERK, VELSEN] as const;

/** The people who act, by pseudonymous subject; roles as in the API contract. */
export const ACTORS = {
  admin: { sub: 'demo-beheerder', role: 'admin', municipalities: IJMOND },
  secretary: { sub: 'demo-secretaris-ijmond', role: 'secretary', municipalities: IJMOND },
  member: { sub: 'demo-lid-ijmond', role: 'body-member', municipalities: IJMOND },
  beverwijk: { sub: 'demo-ambtenaar-beverwijk', role: 'official', municipalities: [BEVERWIJK] },
  heemskerk: { sub: 'demo-ambtenaar-heemskerk', role: 'official', municipalities: [HEEMSKERK] },
  velsen: { sub: 'demo-ambtenaar-velsen', role: 'official', municipalities: [VELSEN] },
} as const satisfies Record<string, DemoActor>;
