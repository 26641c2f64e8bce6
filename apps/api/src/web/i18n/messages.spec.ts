import { en } from './messages.en';
import { nl } from './messages.nl';

/** The shape of a messages object: every key, nested, with `fn` for the parametrised ones. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'fn';
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'refusals')
      .map(([key, inner]) => [key, shape(inner)]),
  );
}

describe('the page texts', () => {
  it('exist in English for every Dutch text', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  it('has Dutch words for every refusal that has English ones', () => {
    const missing = Object.keys(en.refusals).filter((code) => !(code in nl.refusals));
    expect(missing).toEqual([]);
  });
});
