import type { SignalRegisterDoc } from '#projections';
import { presentPersonalData } from '../read-models/personal-data.presenter';
import type { SignalDto } from './signal.response.dto';

/** A signal register row (personal data already opened) as the API answers it. */
export function presentSignal(doc: SignalRegisterDoc, visible: boolean): SignalDto {
  const { signalId, summary, reporter, rationale, referralNote, outcome, ...plain } = doc;
  const text = (value: unknown): ReturnType<typeof presentPersonalData> => presentPersonalData(value, visible, 'text');
  return {
    ...plain,
    id: signalId,
    themes: [...plain.themes],
    targetGroups: [...plain.targetGroups],
    clusters: plain.clusters.map((c) => ({ ...c })),
    summary: text(summary) as SignalDto['summary'],
    ...(reporter ? { reporter: presentPersonalData(reporter, visible) } : {}),
    ...(rationale ? { rationale: text(rationale) } : {}),
    ...(referralNote ? { referralNote: text(referralNote) } : {}),
    ...(outcome ? { outcome: text(outcome) } : {}),
  };
}
