import { outcomeOf } from './metrics';

describe('the outcome label of an answer', () => {
  it.each([
    [200, 'ok'],
    [201, 'ok'],
    [304, 'ok'],
    [400, 'invalid'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [412, 'conflict'],
    [413, 'invalid'],
    [422, 'rejected'],
    [429, 'throttled'],
    [418, 'client_error'],
    [500, 'error'],
    [502, 'error'],
    [503, 'unavailable'],
  ])('names status %i %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });
});
