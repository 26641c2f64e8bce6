import {
  addressedToOf,
  councilOf,
  latestCouncilDecision,
  responsesOf,
  type AdviceRegisterDoc,
  type ProposalEntry,
  type SignalRegisterDoc,
  type TableRegisterDoc,
} from '#projections';
import { countFor, type Viewer } from '../../read-models/viewer';
import { perTableGroup } from '../../temporary-table/table-group-fields';
import { presentOutcomes } from '../get-council-proposal-report/recommendation-outcome.presenter';
import type {
  InfluenceChainDto,
  InfluenceCouncilDecisionDto,
  InfluenceMunicipalityDto,
  InfluenceSignalDto,
  InfluenceTableDto,
} from './get-influence-chain.response.dto';

/**
 * The chain from evidence to implementation; signals and tables show no personal data at all.
 * The recommendations carry the trajectory's own college and council, as for a single
 * municipality; `municipalities` shows each addressed college's answers and council proposals.
 */
export function presentInfluenceChain(
  doc: AdviceRegisterDoc,
  signals: ReadonlyMap<string, SignalRegisterDoc>,
  tables: ReadonlyMap<string, TableRegisterDoc>,
  viewer: Viewer,
): InfluenceChainDto {
  const { advice } = doc;
  return {
    trajectoryId: doc.trajectoryId,
    municipalityCode: doc.municipalityCode,
    subject: doc.subject,
    kind: doc.kind,
    status: doc.status,
    addressedTo: [...addressedToOf(doc)],
    signals: doc.signalIds.map((id) => presentSignal(id, signals.get(id))),
    tables: doc.tableIds.map((id) => presentTable(id, tables.get(id), viewer)),
    ...(advice
      ? {
          advice: {
            version: advice.version,
            issuedOn: advice.issuedOn,
            summary: advice.summary,
            clientPerspective: advice.clientPerspective,
            // The own council's word beside the own college's: another council's is in `municipalities`.
            recommendations: presentOutcomes(doc, latestCouncilDecision(doc, doc.municipalityCode)),
            ...(advice.adviceKind === undefined ? {} : { adviceKind: advice.adviceKind }),
          },
        }
      : {}),
    ...(doc.respondedOn === undefined
      ? {}
      : {
          collegeResponse: {
            respondedOn: doc.respondedOn,
            ...(doc.documentRef === undefined ? {} : { documentRef: doc.documentRef }),
          },
        }),
    councilProposals: doc.proposals.map((p) => presentProposal(doc, p)),
    municipalities: addressedToOf(doc).map((code) => presentMunicipality(doc, code)),
  };
}

/** A council proposal with the latest decision on it. */
function presentProposal(doc: AdviceRegisterDoc, proposal: ProposalEntry): InfluenceCouncilDecisionDto {
  const { proposalRef, proposalUrl, attachedOn, decisions } = proposal;
  return {
    municipalityCode: councilOf(doc, proposal),
    proposalRef,
    ...(proposalUrl === undefined ? {} : { proposalUrl }),
    attachedOn,
    ...(decisions.at(-1) ?? {}),
  };
}

/** One addressed municipality: its college's current (corrected) answers and its council's proposals. */
function presentMunicipality(doc: AdviceRegisterDoc, municipalityCode: string): InfluenceMunicipalityDto {
  const response = responsesOf(doc).find((r) => r.municipalityCode === municipalityCode);
  return {
    municipalityCode,
    ...(response
      ? {
          respondedOn: response.respondedOn,
          adviceVersion: response.adviceVersion,
          ...(response.documentRef === undefined ? {} : { documentRef: response.documentRef }),
        }
      : {}),
    answers: (response?.decisions ?? []).map(({ recommendationNumber, decision, reasoning }) => ({
      recommendationNumber,
      decision,
      ...(reasoning === undefined ? {} : { reasoning }),
    })),
    corrections: (response?.corrections ?? []).map(({ reason, correctedAt }) => ({ reason, correctedAt })),
    councilProposals: doc.proposals
      .filter((p) => councilOf(doc, p) === municipalityCode)
      .map((p) => presentProposal(doc, p)),
  };
}

/** Only what the signal is about; its summary, reporter and notes stay out. */
function presentSignal(signalId: string, signal: SignalRegisterDoc | undefined): InfluenceSignalDto {
  if (!signal) return { signalId, themes: [] };
  return {
    signalId,
    channel: signal.channel,
    receivedOn: signal.receivedOn,
    themes: [...signal.themes],
    domain: signal.domain,
    ...(signal.scope === undefined ? {} : { scope: signal.scope }),
  };
}

/**
 * Who was expected, who was missing and why, and who contributed; participants and
 * contributions stay out, and the public does not see a count small enough to point at a
 * person. The reasons a group was missing are about groups, not persons (the domain keeps them
 * plain, not sealed), and they are what a resident asks on seeing a group missing: the public
 * sees them too.
 */
function presentTable(tableId: string, table: TableRegisterDoc | undefined, viewer: Viewer): InfluenceTableDto {
  if (!table) return { tableId };
  return {
    tableId,
    theme: table.theme,
    question: table.question,
    form: table.form,
    status: table.status,
    expectedGroups: [...table.expectedGroups],
    missingGroups: [...table.representativeness.missing],
    ...(table.close?.missingGroupReasons
      ? { missingGroupReasons: perTableGroup(table.close.missingGroupReasons) }
      : {}),
    contributionsByPerspective: table.contributionsByPerspective.map(({ perspective, count }) => ({
      perspective,
      ...countFor(viewer, count),
    })),
  };
}
