import type { Command, Decider, DomainEvent } from '../kit/decider';
import { DomainError } from '../kit/domain-error';

/**
 * Given/when/then for deciders:
 * `spec.given([...events]).when(command).then([...events])` or `.thenRefuses('CODE')`.
 */
export function specification<TCommand extends Command, TEvent extends DomainEvent, TState>(
  decider: Decider<TCommand, TEvent, TState>,
): { given(events: readonly TEvent[]): Given<TCommand, TEvent> } {
  return {
    given: (events) => ({
      when: (command) => {
        const run = (): readonly TEvent[] => {
          const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
          return decider.decide(command, state);
        };
        return {
          then: (expected) => expect(run()).toEqual(expected),
          thenRefuses: (code, kind) => {
            let refusal: unknown;
            try {
              run();
            } catch (error) {
              refusal = error;
            }
            expect(refusal).toBeInstanceOf(DomainError);
            expect((refusal as DomainError).code).toBe(code);
            if (kind) expect((refusal as DomainError).kind).toBe(kind);
          },
        };
      },
    }),
  };
}

interface Given<TCommand, TEvent> {
  when(command: TCommand): Then<TEvent>;
}

interface Then<TEvent> {
  then(expected: readonly TEvent[]): void;
  thenRefuses(code: string, kind?: DomainError['kind']): void;
}
