import { Writable } from 'node:stream';
import { createLogger } from './create-logger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** Shaped as `pg` throws a refused insert: the detail quotes the values of the failing row. */
function uniqueViolation(): Error {
  return Object.assign(new Error('duplicate key value violates unique constraint "people_email_key"'), {
    name: 'DatabaseError',
    code: '23505',
    detail: 'Key (email)=(jan.devries@example.nl) already exists.',
    where: 'SQL function "es_append" statement 3',
    constraint: 'people_email_key',
    table: 'people',
    routine: '_bt_check_unique',
    parameters: ['Jan de Vries'],
  });
}

describe('the logger given an unexpected error', () => {
  it('keeps what finds its cause and drops the values it quotes', () => {
    const { stream, lines } = capture();
    createLogger('info', stream).error({ err: uniqueViolation() }, 'unexpected error');

    const [line] = lines();
    expect(line?.err).toEqual({
      type: 'DatabaseError',
      message: 'duplicate key value violates unique constraint "people_email_key"',
      code: '23505',
      constraint: 'people_email_key',
      table: 'people',
      routine: '_bt_check_unique',
      stack: expect.stringContaining('uniqueViolation') as unknown,
    });
    expect(JSON.stringify(line)).not.toMatch(/jan\.devries|Jan de Vries|es_append/);
  });

  it('follows its causes the same way, and names only the type of a thrown non-error', () => {
    const { stream, lines } = capture();
    const logger = createLogger('info', stream);
    logger.error({ err: new Error('the append failed', { cause: uniqueViolation() }) }, 'unexpected error');
    logger.error({ err: 'Jan de Vries staat al geregistreerd' }, 'unexpected error');

    const [wrapped, thrown] = lines();
    expect(wrapped?.err).toMatchObject({ message: 'the append failed', cause: { code: '23505' } });
    expect(thrown?.err).toEqual({ type: 'string' });
    expect(JSON.stringify(lines())).not.toMatch(/jan\.devries|Jan de Vries/);
  });
});
