import { AGENDA_ITEM_SOURCES } from '#domain';
import { EnumField, StringArrayField, TextField, UuidField } from '../../http/fields';

export class AddAgendaItemRequestDto {
  @UuidField({ optional: true, description: 'Id for the new item; the server makes one when absent.' })
  itemId?: string;

  @TextField({ description: 'Theme of the item.', example: 'Eenzaamheid onder ouderen' })
  theme!: string;

  @EnumField(AGENDA_ITEM_SOURCES, {
    description: 'Where the item came from; an official adds the items the municipality brings in (municipality).',
  })
  source!: (typeof AGENDA_ITEM_SOURCES)[number];

  @StringArrayField({
    optional: true,
    maxItems: 50,
    uuid: true,
    description:
      'Signals or collective signals (clusters made by ClusterSignals) the item rests on; required when it came from signals.',
  })
  signalIds?: string[];
}
