import type { Principal } from '#application';
import type { PersonKeyStore } from '#privacy';
import type { SignalRegisterDoc } from '#projections';
import { presentPersonalData, revealFor } from '../read-models/personal-data.presenter';
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

/** Signal rows as the principal may see them: personal data opened only for the roles that work with it. */
export async function presentSignalsTo(
  keys: PersonKeyStore,
  principal: Principal,
  docs: readonly SignalRegisterDoc[],
): Promise<SignalDto[]> {
  const { docs: opened, visible } = await revealFor(keys, principal, docs);
  return opened.map((doc) => presentSignal(doc, visible));
}

/** One signal row as the principal may see it. */
export async function presentSignalTo(
  keys: PersonKeyStore,
  principal: Principal,
  doc: SignalRegisterDoc,
): Promise<SignalDto> {
  const { docs, visible } = await revealFor(keys, principal, [doc]);
  return presentSignal(docs[0] ?? doc, visible);
}
