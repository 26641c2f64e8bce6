/**
 * Fixed ids for everything the scenario creates, so that a second run addresses the same
 * resources (and its Idempotency-Keys make it append nothing).
 */
const id = (group: number, n: number): string =>
  `de300000-0000-4000-8000-${group.toString().padStart(4, '0')}${n.toString().padStart(8, '0')}`;

export const BODY = {
  regional: id(1, 1),
  beverwijk: id(1, 2),
  heemskerk: id(1, 3),
  velsen: id(1, 4),
  youthPanel: id(1, 5),
} as const;

export const member = (n: number): string => id(2, n);
export const signal = (n: number): string => id(3, n);
export const cluster = (n: number): string => id(4, n);

export const TABLE = {
  access: id(5, 1),
  workAndIncome: id(5, 2),
  youthConsultation: id(5, 3),
  transport: id(5, 4),
} as const;

export const participant = (table: number, n: number): string => id(6, table * 100 + n);
export const session = (table: number, n: number): string => id(7, table * 100 + n);
export const contribution = (table: number, n: number): string => id(8, table * 100 + n);

export const TRAJECTORY = {
  oneDesk: id(9, 1),
  workAndCare: id(9, 2),
  youthCare: id(9, 3),
  transport: id(9, 4),
  neighbourhoodTeams: id(9, 5),
  carers: id(9, 6),
  homeHelp: id(9, 7),
} as const;

export const AGENDA = id(10, 1);
export const agendaItem = (n: number): string => id(11, n);
export const PILOT = id(12, 1);
export const consultation = (n: number): string => id(13, n);
export const bodyDispute = (n: number): string => id(14, n);
export const REGIONAL_TRAJECTORY = {
  transport: id(15, 1),
  processAdvice: id(15, 2),
} as const;
export const finding = (n: number): string => id(16, n);
