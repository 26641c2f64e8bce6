import type { AdviceRegisterDoc } from '../advice-register';
import type { SignalRegisterDoc } from '../signal-register/signal-register.projection';
import type { TableRegisterDoc } from '../table-register';
import type { AgendaItemEntry } from './agenda-register.projection';

/** A signal an item rests on, by what the public may know of it; `clusterId` when it came in through a cluster. */
export interface LinkedSignal {
  readonly signalId: string;
  readonly municipalityCode: string;
  readonly channel: string;
  readonly receivedOn: string;
  readonly themes: readonly string[];
  readonly status: SignalRegisterDoc['status'];
  readonly scope?: SignalRegisterDoc['scope'];
  readonly clusterId?: string;
}

export interface LinkedTrajectory {
  readonly trajectoryId: string;
  readonly municipalityCode: string;
  readonly subject: string;
  readonly status: string;
}

export interface LinkedTable {
  readonly tableId: string;
  readonly municipalityCode: string;
  readonly theme: string;
  readonly status: TableRegisterDoc['status'];
}

/** An agenda item with what it rests on and what came of it. */
export interface LinkedAgendaItem extends AgendaItemEntry {
  /** The collective signals (clusters) among `signalIds`. */
  readonly clusters: readonly { readonly clusterId: string; readonly title: string }[];
  readonly signals: readonly LinkedSignal[];
  /** Advice trajectories that rest on one of the item's signals or clusters. */
  readonly trajectories: readonly LinkedTrajectory[];
  /** The temporary tables those trajectories rest on. */
  readonly tables: readonly LinkedTable[];
}

/** The rows an agenda's items may link to, already narrowed to what the reader may see. */
export interface AgendaLinkRows {
  readonly signals: readonly SignalRegisterDoc[];
  readonly trajectories: readonly AdviceRegisterDoc[];
  readonly tables: readonly TableRegisterDoc[];
}

/**
 * Links an item to its signals (a named cluster brings in the signals it gathers), to the
 * trajectories resting on any of them, and to those trajectories' tables.
 */
export function linkItem(item: AgendaItemEntry, rows: AgendaLinkRows): LinkedAgendaItem {
  const named = new Set(item.signalIds);
  const clusters = new Map<string, string>();
  const signals: LinkedSignal[] = [];
  for (const signal of rows.signals) {
    const viaCluster = signal.clusters.find((c) => named.has(c.clusterId));
    signal.clusters.filter((c) => named.has(c.clusterId)).forEach((c) => clusters.set(c.clusterId, c.title));
    if (!named.has(signal.signalId) && !viaCluster) continue;
    signals.push({
      signalId: signal.signalId,
      municipalityCode: signal.municipalityCode,
      channel: signal.channel,
      receivedOn: signal.receivedOn,
      themes: [...signal.themes],
      status: signal.status,
      ...(signal.scope ? { scope: signal.scope } : {}),
      ...(!named.has(signal.signalId) && viaCluster ? { clusterId: viaCluster.clusterId } : {}),
    });
  }
  const evidence = new Set([...named, ...signals.map((s) => s.signalId)]);
  const trajectories = rows.trajectories.filter((t) => t.signalIds.some((id) => evidence.has(id)));
  const tableIds = new Set(trajectories.flatMap((t) => t.tableIds));
  return {
    ...item,
    clusters: [...clusters].map(([clusterId, title]) => ({ clusterId, title })),
    signals,
    trajectories: trajectories.map(({ trajectoryId, municipalityCode, subject, status }) => ({
      trajectoryId,
      municipalityCode,
      subject,
      status,
    })),
    tables: rows.tables
      .filter((t) => tableIds.has(t.tableId))
      .map(({ tableId, municipalityCode, theme, status }) => ({ tableId, municipalityCode, theme, status })),
  };
}
