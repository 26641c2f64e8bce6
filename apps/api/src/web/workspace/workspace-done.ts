/** Back to the workspace, which waits until it shows the command just recorded. */
export const workspaceDone = (answer: { position: number }): string => `/werkruimte?na=${answer.position}`;

/**
 * Back to the workspace's list that shows the thing just changed (signals and tables have no
 * page of their own): `signalen` or `tafels`.
 */
export const workspaceListDone =
  (list: 'signalen' | 'tafels') =>
  (answer: { position: number }): string =>
    `/werkruimte?na=${answer.position}#${list}`;

/**
 * To a body's page, which waits until it shows the command just recorded; `section` is the part
 * that changed (`leden`, `overleg`), so the visitor lands where it shows.
 */
export const bodyDone =
  (bodyId: string, section?: string) =>
  (answer: { position: number }): string =>
    `/werkruimte/organen/${bodyId}?na=${answer.position}${section === undefined ? '' : `#${section}`}`;

/** To an agenda's page, showing the item or agreement just recorded. */
export const agendaDone =
  (agendaId: string) =>
  (answer: { position: number }): string =>
    `/werkruimte/agenda/${agendaId}?na=${answer.position}`;

/** To a pilot's page, showing the finding just recorded. */
export const pilotDone =
  (pilotId: string) =>
  (answer: { position: number }): string =>
    `/werkruimte/pilots/${pilotId}?na=${answer.position}`;
