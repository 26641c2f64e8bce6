import type { BodyDisputeSubject, Side } from '#domain';
import type { AdviceRegisterDoc } from '../advice-register/advice-register.doc';
import { adviceRegister } from '../advice-register/advice-register.projection';
import { ADDRESSED_TO } from '../advice-register/advice-register.sql';
import type { Condition, ReadModels } from '../queries/read-models';
import { bodyDisputes, type BodyDisputesDoc } from './body-disputes.projection';

/** Far more rows with disputes than a region ever has; the list is not paged. */
const MOST_ROWS = 10_000;

/** One dispute: about one advice trajectory, or about the body's facilities, agreements or information. */
export interface DisputeItem {
  readonly kind: 'trajectory' | 'body';
  readonly bodyId: string;
  /** For a trajectory dispute: the trajectory, its subject and the dispute's number in it. */
  readonly trajectoryId?: string;
  readonly subject?: string;
  readonly disputeNumber?: number;
  /** For a body dispute: its id. */
  readonly disputeId?: string;
  readonly about: 'trajectory' | BodyDisputeSubject;
  /** Unknown for disputes raised before sides were recorded on them. */
  readonly raisedBy?: Side;
  readonly reason: string;
  readonly raisedAt: string;
  readonly status: 'open' | 'resolved';
  readonly resolution?: string;
  readonly resolvedAt?: string;
}

export interface DisputeListRequest {
  /** Only disputes of these municipalities (the trajectory's addressed ones, the body's served ones); all when `undefined`. */
  readonly municipalities: readonly string[] | undefined;
  readonly bodyId?: string;
  /** `true`: only open disputes; `false`: only resolved ones. */
  readonly open?: boolean;
  readonly minPosition?: bigint;
}

/** Every dispute the caller may read, trajectory and body disputes together, the latest raised first. */
export async function listDisputes(readModels: ReadModels, request: DisputeListRequest): Promise<DisputeItem[]> {
  await readModels.waitFor([adviceRegister.name, bodyDisputes.name], request.minPosition);
  const { municipalities, bodyId } = request;
  const byBody: Condition[] = bodyId === undefined ? [] : [["r.doc->>'bodyId' = ?", bodyId]];
  const page = { orderBy: 'r.id', offset: 0, limit: MOST_ROWS };
  const [trajectories, bodies] = await Promise.all([
    readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
      where: [
        ["jsonb_array_length(COALESCE(r.doc->'disputes', '[]'::jsonb)) > ?", 0],
        ...(municipalities ? [[`jsonb_exists_any(${ADDRESSED_TO}, ?::text[])`, municipalities] as const] : []),
        ...byBody,
      ],
      ...page,
    }),
    readModels.list<BodyDisputesDoc>(bodyDisputes.name, {
      where: [
        ["jsonb_array_length(r.doc->'disputes') > ?", 0],
        ...(municipalities
          ? [["jsonb_exists_any(r.doc->'municipalityCodes', ?::text[])", municipalities] as const]
          : []),
        ...byBody,
      ],
      ...page,
    }),
  ]);
  const items = [...trajectories.items.flatMap(trajectoryDisputes), ...bodies.items.flatMap(bodyDisputeItems)];
  return items
    .filter((item) => request.open === undefined || (item.status === 'open') === request.open)
    .sort((a, b) => (a.raisedAt === b.raisedAt ? 0 : a.raisedAt > b.raisedAt ? -1 : 1));
}

function trajectoryDisputes(doc: AdviceRegisterDoc): DisputeItem[] {
  return doc.disputes.map((d) => ({
    kind: 'trajectory',
    bodyId: doc.bodyId,
    trajectoryId: doc.trajectoryId,
    subject: doc.subject,
    disputeNumber: d.disputeNumber,
    about: 'trajectory',
    ...(d.raisedBy === undefined ? {} : { raisedBy: d.raisedBy }),
    reason: d.reason,
    raisedAt: d.raisedAt,
    ...settled(d),
  }));
}

function bodyDisputeItems(doc: BodyDisputesDoc): DisputeItem[] {
  return doc.disputes.map((d) => ({
    kind: 'body',
    bodyId: doc.bodyId,
    disputeId: d.disputeId,
    about: d.about,
    raisedBy: d.raisedBy,
    reason: d.reason,
    raisedAt: d.raisedAt,
    ...settled(d),
  }));
}

function settled(d: {
  readonly resolution?: string;
  readonly resolvedAt?: string;
}): Pick<DisputeItem, 'status' | 'resolution' | 'resolvedAt'> {
  if (d.resolution === undefined) return { status: 'open' };
  return {
    status: 'resolved',
    resolution: d.resolution,
    ...(d.resolvedAt === undefined ? {} : { resolvedAt: d.resolvedAt }),
  };
}
