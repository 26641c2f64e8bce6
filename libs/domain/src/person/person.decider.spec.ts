import { specification } from '../testing';
import { personDecider, personStreamId, type ForgetPerson, type PersonForgotten } from './person.decider';

const personId = 'c0a80101-0000-4000-8000-0000000000a1';
const forgetPerson: ForgetPerson = {
  type: 'ForgetPerson',
  data: { personId },
  context: { now: '2026-11-23T10:00:00+01:00', actor: { id: 'admin-1', role: 'admin' } },
};
const personForgotten: PersonForgotten = { type: 'PersonForgotten', data: { personId } };
const spec = specification(personDecider);

describe('forgetting a person', () => {
  it('records that the person was forgotten', () => {
    spec.given([]).when(forgetPerson).then([personForgotten]);
  });

  it('refuses to forget a person twice', () => {
    spec.given([personForgotten]).when(forgetPerson).thenRefuses('PERSON.ALREADY_FORGOTTEN', 'conflict');
  });

  it('keeps the person in a stream of their own', () => {
    expect(personStreamId(personId)).toBe(`person-${personId}`);
  });
});
