/**
 * What evaluators look at beside the yardsticks after two years: the collaboration between
 * college, council, officials and interest groups, and the new structure (seed 004, "Evaluatie").
 */
export const EVALUATION_TOPICS = [
  'collaboration-college',
  'collaboration-council',
  'collaboration-officials',
  'collaboration-interest-groups',
  'structure',
  'other',
] as const;
export type EvaluationTopic = (typeof EVALUATION_TOPICS)[number];

export function isEvaluationTopic(value: unknown): value is EvaluationTopic {
  return (EVALUATION_TOPICS as readonly unknown[]).includes(value);
}
