import type { DemoActor } from './demo-step';
import { BODY } from './ids';

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
  // Independent of the municipality and the council alike (seed 003, "geschillencommissie").
  committee: { sub: 'demo-geschillencommissie', role: 'dispute-committee', municipalities: IJMOND },
  evaluator: { sub: 'demo-evaluator', role: 'evaluator', municipalities: IJMOND },
} as const satisfies Record<string, DemoActor>;

/**
 * "The council acts through its members": each body's advice is issued by one of its own
 * members, whose login `setup.ts` ties to the membership (`subject`). The regional council's
 * member is the scenario's first body member.
 */
export const BODY_MEMBERS = {
  [BODY.regional]: ACTORS.member,
  [BODY.beverwijk]: { sub: 'demo-lid-beverwijk', role: 'body-member', municipalities: [BEVERWIJK] },
  [BODY.heemskerk]: { sub: 'demo-lid-heemskerk', role: 'body-member', municipalities: [HEEMSKERK] },
  [BODY.velsen]: { sub: 'demo-lid-velsen', role: 'body-member', municipalities: [VELSEN] },
  [BODY.youthPanel]: { sub: 'demo-lid-jongerenpanel', role: 'body-member', municipalities: IJMOND },
} as const satisfies Record<string, DemoActor>;

/** The member who acts for this body. */
export function memberOf(bodyId: string): DemoActor {
  const actor = (BODY_MEMBERS as Readonly<Record<string, DemoActor>>)[bodyId];
  if (!actor) throw new Error(`The scenario has no member for body ${bodyId}`);
  return actor;
}
