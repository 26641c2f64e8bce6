import { en } from '../i18n/messages.en';
import { nl } from '../i18n/messages.nl';
import { indexedField } from '../workspace/indexed-field';
import { refusalErrors } from './form-flow';

const fieldOf = (apiName: string): string | undefined =>
  apiName === 'decisions[0].reasoning' ? 'reasoning-1' : apiName === 'receivedOn' ? 'receivedOn' : undefined;

describe("the domain's refusals on a form", () => {
  it('puts a rule the domain names a field for beside that field, in Dutch', () => {
    const errors = refusalErrors(
      {
        type: 'about:blank',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'Recommendation 1 is not fully adopted, so the college explains why.',
        code: 'ADVICE_TRAJECTORY.REASONING_MISSING',
        invalidParams: [{ name: 'decisions[0].reasoning', reason: 'Recommendation 1 is not fully adopted.' }],
      },
      fieldOf,
      nl,
    );
    expect(errors).toEqual({
      'reasoning-1': 'Het college moet motiveren waarom het een aanbeveling niet of deels overneemt.',
    });
  });

  it('shows a refusal that names no field at the top of the form', () => {
    const errors = refusalErrors(
      { type: 'about:blank', title: 'Conflict', status: 409, detail: 'ended', code: 'ADVICE_TRAJECTORY.ENDED' },
      fieldOf,
      nl,
    );
    expect(errors).toEqual({ '': 'Dit adviestraject is afgerond of ingetrokken.' });
  });

  it("words a refusal of the seeds' second reading in Dutch, not in the API's English", () => {
    const errors = refusalErrors(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'The advice has been issued and the college answers it in writing.',
        code: 'ADVICE_TRAJECTORY.ADVICE_CANNOT_VANISH',
      },
      fieldOf,
      nl,
    );
    expect(errors).toEqual({
      '': 'Het advies is uitgebracht en het college beantwoordt het schriftelijk. Alleen het participatieorgaan kan zijn eigen advies intrekken.',
    });
  });

  it('says only that a value is not valid when the request itself was malformed', () => {
    const errors = refusalErrors(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request has invalid fields.',
        code: 'REQUEST.INVALID',
        invalidParams: [{ name: 'receivedOn', reason: 'receivedOn must be a date (YYYY-MM-DD)' }],
      },
      fieldOf,
      nl,
    );
    expect(errors).toEqual({ receivedOn: 'Deze waarde is niet geldig.' });
  });

  it('falls back to a general refusal for a code this version has no words for', () => {
    const problem = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'x', code: 'SOMETHING.NEW' };
    expect(refusalErrors(problem, fieldOf, nl)).toEqual({ '': 'Dit kan niet worden vastgelegd.' });
    expect(refusalErrors(problem, fieldOf, en)).toEqual({ '': 'This cannot be recorded.' });
  });
});

describe('reading an API field path into a list item', () => {
  it('finds the list, the index and the property', () => {
    expect(indexedField('recommendations[2].text')).toEqual({ list: 'recommendations', index: 2, property: 'text' });
    expect(indexedField('decisions[0]')).toEqual({ list: 'decisions', index: 0, property: undefined });
    expect(indexedField('summary')).toBeUndefined();
  });
});
