import { specification } from '../testing';
import { participationAgendaDecider } from './participation-agenda.decider';
import {
  addItem,
  agendaDrafted,
  by,
  itemAdded,
  municipalityItemAdded,
  otherItemId,
  signalId,
} from './participation-agenda.fixtures';

const spec = specification(participationAgendaDecider);

describe('adding an item to the agenda', () => {
  describe('when the agenda has not been drafted', () => {
    it('refuses the item', () => {
      spec.given([]).when(addItem()).thenRefuses('PARTICIPATION_AGENDA.NOT_FOUND', 'not-found');
    });
  });

  describe('when the agenda has been drafted', () => {
    it('adds an item that came from signals, naming them', () => {
      spec.given([agendaDrafted]).when(addItem()).then([itemAdded]);
    });

    it('adds an item the municipality brought in, without signals', () => {
      spec
        .given([agendaDrafted])
        .when(addItem({ itemId: otherItemId, theme: 'Inkoop jeugdhulp', source: 'municipality', signalIds: undefined }))
        .then([municipalityItemAdded]);
    });

    it('adds a joint item that was also fed by a signal', () => {
      spec
        .given([agendaDrafted])
        .when(addItem({ source: 'joint', signalIds: [signalId] }))
        .then([{ type: 'AgendaItemAdded', data: { ...itemAdded.data, source: 'joint', signalIds: [signalId] } }]);
    });

    it('records the theme without surrounding spaces', () => {
      spec
        .given([agendaDrafted])
        .when(addItem({ theme: '  Eenzaamheid onder ouderen ' }))
        .then([itemAdded]);
    });

    it('refuses an item without a theme', () => {
      spec
        .given([agendaDrafted])
        .when(addItem({ theme: ' ' }))
        .thenRefuses('PARTICIPATION_AGENDA.THEME_MISSING', 'rule');
    });

    it('refuses an item from signals that names no signal', () => {
      spec
        .given([agendaDrafted])
        .when(addItem({ signalIds: [] }))
        .thenRefuses('PARTICIPATION_AGENDA.SIGNALS_MISSING', 'rule');
    });

    it('refuses an item from signals that leaves the signals out', () => {
      spec
        .given([agendaDrafted])
        .when(addItem({ signalIds: undefined }))
        .thenRefuses('PARTICIPATION_AGENDA.SIGNALS_MISSING', 'rule');
    });

    it('refuses a signal named twice', () => {
      spec
        .given([agendaDrafted])
        .when(addItem({ signalIds: [signalId, signalId] }))
        .thenRefuses('PARTICIPATION_AGENDA.SIGNAL_REPEATED', 'rule');
    });
  });

  describe('when an official adds an item', () => {
    it("adds the municipality's item", () => {
      spec
        .given([agendaDrafted])
        .when(
          by(
            'official',
            addItem({ itemId: otherItemId, theme: 'Inkoop jeugdhulp', source: 'municipality', signalIds: undefined }),
          ),
        )
        .then([municipalityItemAdded]);
    });

    it.each(['body', 'signal', 'joint'] as const)('refuses an item with source %s', (source) => {
      spec
        .given([agendaDrafted])
        .when(by('official', addItem({ source })))
        .thenRefuses('PARTICIPATION_AGENDA.OFFICIAL_ADDS_MUNICIPALITY_ITEMS', 'rule');
    });
  });

  describe('when the item is already on the agenda', () => {
    it('refuses to add it again', () => {
      spec
        .given([agendaDrafted, itemAdded])
        .when(addItem())
        .thenRefuses('PARTICIPATION_AGENDA.ITEM_ALREADY_ADDED', 'conflict');
    });
  });
});
