import type { FormItem } from '../forms/form-model';
import { commandOf, yesNo } from './plain-command';

const items: FormItem[] = [
  { kind: 'text', name: 'reason', label: 'Reden', required: true },
  { kind: 'textarea', name: 'note', label: 'Toelichting' },
  { kind: 'number', name: 'year', label: 'Jaar', wire: 'number' },
  { kind: 'text', name: 'topics', label: 'Onderwerpen', wire: 'list' },
  { kind: 'checkboxes', name: 'expertise', label: 'Deskundigheid', options: [{ value: 'policy', label: 'Beleid' }] },
  yesNo('consent', 'Toestemming?', 'Ja', 'Nee'),
];

describe('a form whose fields carry the API names', () => {
  it('sends each filled field under its own name, as the API reads it', () => {
    const command = commandOf(
      '/x',
      items,
    )({
      reason: ' Verhuisd ',
      note: '',
      year: '2027',
      topics: 'vervoer, toegang ,',
      expertise: ['policy'],
      consent: 'false',
    });
    expect(command.path).toBe('/x');
    expect(command.body).toEqual({
      reason: 'Verhuisd',
      year: 2027,
      topics: ['vervoer', 'toegang'],
      expertise: ['policy'],
      consent: false,
    });
  });

  it('leaves out what was not filled in, and adds what the page knows itself', () => {
    const command = commandOf((values) => `/bodies/${String(values['id'])}`, items, { bodyId: 'b' })({ id: 'b1' });
    expect(command.path).toBe('/bodies/b1');
    expect(command.body).toEqual({ bodyId: 'b' });
  });

  it('puts a refusal beside the field the API names, list items included', () => {
    const { fieldOf } = commandOf('/x', items)({});
    expect(fieldOf('reason')).toBe('reason');
    expect(fieldOf('topics[1]')).toBe('topics');
    expect(fieldOf('somethingElse')).toBeUndefined();
  });
});
