import { DomainError, ensure, type Side } from '../kit';
import type { AgendaItemSource } from './participation-agenda.commands';
import type { ParticipationAgendaState } from './participation-agenda.state';

type DraftedAgenda = Extract<ParticipationAgendaState, { status: 'drafted' }>;

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function agendaMustNotExistYet(exists: boolean): void {
  ensure(
    !exists,
    () =>
      new DomainError(
        'PARTICIPATION_AGENDA.ALREADY_DRAFTED',
        'This participation agenda has already been drafted.',
        'conflict',
      ),
  );
}

export function agendaMustExist(state: ParticipationAgendaState): asserts state is DraftedAgenda {
  ensure(
    state.status !== 'none',
    () =>
      new DomainError('PARTICIPATION_AGENDA.NOT_FOUND', 'This participation agenda has not been drafted.', 'not-found'),
  );
}

export function agendaMustBeForAYear(year: number): void {
  ensure(
    Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR,
    () =>
      new DomainError(
        'PARTICIPATION_AGENDA.YEAR_OUT_OF_RANGE',
        `A participation agenda is drafted for a year from ${FIRST_YEAR} to ${LAST_YEAR}.`,
        'rule',
        'year',
      ),
  );
}

export function itemMustNotBeOnTheAgendaYet(agenda: DraftedAgenda, itemId: string): void {
  ensure(
    !agenda.items.some((item) => item.itemId === itemId),
    () =>
      new DomainError(
        'PARTICIPATION_AGENDA.ITEM_ALREADY_ADDED',
        'This item is already on the participation agenda.',
        'conflict',
      ),
  );
}

export function itemNeedsATheme(theme: string): void {
  ensure(
    typeof theme === 'string' && theme.trim().length > 0,
    () => new DomainError('PARTICIPATION_AGENDA.THEME_MISSING', 'An agenda item needs a theme.', 'rule', 'theme'),
  );
}

/** An item that came from signals names them, each once; any item may name the signals that fed it. */
export function itemFromSignalsMustNameThem(source: AgendaItemSource, signalIds: readonly string[] = []): string[] {
  ensure(
    source !== 'signal' || signalIds.length > 0,
    () =>
      new DomainError(
        'PARTICIPATION_AGENDA.SIGNALS_MISSING',
        'An agenda item that came from signals names one or more of those signals.',
        'rule',
        'signalIds',
      ),
  );
  signalIds.forEach((signalId, index) =>
    ensure(
      signalIds.indexOf(signalId) === index,
      () =>
        new DomainError(
          'PARTICIPATION_AGENDA.SIGNAL_REPEATED',
          'Each signal is named once on an agenda item.',
          'rule',
          `signalIds[${index}]`,
        ),
    ),
  );
  return [...signalIds];
}

/** An official brings in the municipality's items; the body's side adds its own, signals' and joint ones. */
export function officialsAddTheMunicipalitysItems(role: string, source: AgendaItemSource): void {
  ensure(
    role !== 'official' || source === 'municipality',
    () =>
      new DomainError(
        'PARTICIPATION_AGENDA.OFFICIAL_ADDS_MUNICIPALITY_ITEMS',
        'An official adds the items the municipality brings in (source municipality).',
        'rule',
        'source',
      ),
  );
}

/** An agenda is agreed on its items: one without items has nothing to agree yet. */
export function agendaNeedsItemsToAgree(agenda: DraftedAgenda): void {
  ensure(
    agenda.items.length > 0,
    () =>
      new DomainError(
        'PARTICIPATION_AGENDA.NO_ITEMS',
        'The agenda has no items yet, so there is nothing to agree.',
        'conflict',
      ),
  );
}

/** Each side agrees the agenda as it stands once; after a new item, both agree again. */
export function eachSideAgreesOnce(agenda: DraftedAgenda, side: Side): void {
  ensure(
    !agenda.agreedBy.includes(side),
    () =>
      new DomainError(
        'PARTICIPATION_AGENDA.ALREADY_AGREED',
        `The ${side === 'body' ? 'participation body' : 'municipality'} has already agreed this agenda as it stands.`,
        'conflict',
      ),
  );
}
