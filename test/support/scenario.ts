/**
 * One municipality's worth of records through every stream, as commands over HTTP: a body
 * with a member, a signal with its reporter, a temporary table with a participant and a
 * contribution, an advice trajectory answered by the college and attached to a council
 * proposal, and a pilot. Personal data is distinctive per tenant, so a test can look for it.
 */
export interface Tenant {
  readonly code: string;
  readonly name: string;
  /** One hex digit that sets this tenant's ids apart from another's. */
  readonly digit: string;
}

export interface ScenarioStep {
  readonly operationId: string;
  readonly path: string;
  readonly body: object;
}

export interface Scenario {
  readonly tenant: Tenant;
  readonly ids: {
    readonly bodyId: string;
    readonly memberId: string;
    readonly signalId: string;
    readonly tableId: string;
    readonly participantId: string;
    readonly contributionId: string;
    readonly trajectoryId: string;
    readonly pilotId: string;
    readonly agendaId: string;
    readonly proposalRef: string;
  };
  /** Names, contact details and free text about persons, as sent. */
  readonly personalData: readonly string[];
  readonly steps: readonly ScenarioStep[];
}

export const BEVERWIJK: Tenant = { code: 'GM0375', name: 'Beverwijk', digit: 'a' };
export const VELSEN: Tenant = { code: 'GM0453', name: 'Velsen', digit: 'b' };

export function scenarioFor(tenant: Tenant): Scenario {
  const id = (n: number) => `c0a80101-0000-4000-8000-${tenant.digit.repeat(8)}${String(n).padStart(4, '0')}`;
  const ids = {
    bodyId: id(1),
    memberId: id(2),
    signalId: id(3),
    tableId: id(4),
    participantId: id(5),
    contributionId: id(6),
    trajectoryId: id(7),
    pilotId: id(8),
    agendaId: id(9),
    proposalRef: `RV-2026-${tenant.code}`,
  };
  const person = {
    member: `Mira Oudshoorn-${tenant.name}`,
    reporter: `Wilhelmina Zonneveld-${tenant.name}`,
    contact: `w.zonneveld.${tenant.code.toLowerCase()}@voorbeeld.nl`,
    signal: `Mevrouw Zonneveld uit ${tenant.name} wacht al maanden op een traplift`,
    participant: `Teun Hoogeveen-${tenant.name}`,
    contribution: `Teun vertelde dat zijn moeder in ${tenant.name} de weg naar het Wmo-loket niet vindt`,
    // Appended, so that the earlier entries keep their place in `personalData`.
    memberDistrict: `Zeewijk-${tenant.name}`,
    memberBackground: `Molukse wortels in ${tenant.name}`,
  };
  const trajectory = (sub: string) => `/advice-trajectories/${ids.trajectoryId}/${sub}`;
  const steps: ScenarioStep[] = [
    { operationId: 'RegisterMunicipality', path: '/municipalities', body: { code: tenant.code, name: tenant.name } },
    {
      operationId: 'EstablishParticipationBody',
      path: '/participation-bodies',
      body: {
        id: ids.bodyId,
        name: `Participatieraad ${tenant.name}`,
        kind: 'participation-council',
        municipalityCodes: [tenant.code],
        domains: ['wmo', 'youth'],
      },
    },
    {
      operationId: 'AppointMember',
      path: `/participation-bodies/${ids.bodyId}/members`,
      body: {
        memberId: ids.memberId,
        displayName: person.member,
        role: 'member',
        expertise: ['lived-experience'],
        profile: { district: person.memberDistrict, background: person.memberBackground, ageBand: '45-54' },
        profileConsent: true,
        workingGroups: ['werkgroep wonen'],
      },
    },
    {
      operationId: 'RecordSignal',
      path: '/signals',
      body: {
        id: ids.signalId,
        bodyId: ids.bodyId,
        municipalityCode: tenant.code,
        channel: 'home-care',
        receivedOn: '2026-11-02',
        themes: ['woningaanpassing'],
        domain: 'wmo',
        summary: person.signal,
        reporter: { name: person.reporter, contact: person.contact, feedbackByMail: true },
      },
    },
    {
      operationId: 'AssessSignal',
      path: `/signals/${ids.signalId}/_assess`,
      body: { scope: 'collective', rationale: 'Gehoord in meerdere kernen.' },
    },
    {
      operationId: 'DraftParticipationAgenda',
      path: '/participation-agendas',
      body: { id: ids.agendaId, bodyId: ids.bodyId, year: 2026 },
    },
    {
      operationId: 'AddAgendaItem',
      path: `/participation-agendas/${ids.agendaId}/items`,
      body: { theme: 'Woningaanpassingen', source: 'signal', signalIds: [ids.signalId] },
    },
    {
      operationId: 'OpenTemporaryTable',
      path: '/temporary-tables',
      body: {
        id: ids.tableId,
        municipalityCode: tenant.code,
        bodyId: ids.bodyId,
        theme: 'Toegang tot de Wmo',
        question: 'Hoe vinden inwoners de weg naar ondersteuning?',
        initiatedBy: 'joint',
        form: 'theme-table',
        expectedGroups: ['client', 'carer'],
      },
    },
    {
      operationId: 'RegisterParticipant',
      path: `/temporary-tables/${ids.tableId}/participants`,
      body: { participantId: ids.participantId, perspective: 'client', consent: true, displayName: person.participant },
    },
    {
      operationId: 'RecordContribution',
      path: `/temporary-tables/${ids.tableId}/contributions`,
      body: { contributionId: ids.contributionId, perspective: 'client', summary: person.contribution },
    },
    {
      operationId: 'StartAdviceTrajectory',
      path: '/advice-trajectories',
      body: {
        id: ids.trajectoryId,
        municipalityCode: tenant.code,
        bodyId: ids.bodyId,
        kind: 'solicited',
        subject: `Herziening verordening Wmo 2027 ${tenant.name}`,
        question: 'Hoe maken we de Wmo-verordening begrijpelijk voor inwoners?',
        domain: 'wmo',
        policyPhase: 'preparation',
        responseDueOn: '2026-12-15',
      },
    },
    { operationId: 'LinkSignal', path: trajectory('linked-signals'), body: { signalId: ids.signalId } },
    { operationId: 'LinkTemporaryTable', path: trajectory('linked-tables'), body: { tableId: ids.tableId } },
    {
      operationId: 'IssueAdvice',
      path: trajectory('advice'),
      body: {
        issuedOn: '2026-11-10',
        summary: 'Maak de Wmo-verordening begrijpelijk en dichtbij.',
        clientPerspective: 'Cliënten willen één loket en een vaste contactpersoon.',
        recommendations: [{ number: 1, text: 'Eén loket voor alle Wmo-vragen.' }],
      },
    },
    {
      operationId: 'RecordCollegeResponse',
      path: trajectory('college-response'),
      body: { respondedOn: '2026-11-20', decisions: [{ recommendationNumber: 1, decision: 'adopted' }] },
    },
    {
      operationId: 'AttachToCouncilProposal',
      path: trajectory('council-proposals'),
      body: { proposalRef: ids.proposalRef, attachedOn: '2026-11-21' },
    },
    {
      // An open dispute, so that ListDisputes has a record of this tenant to show or withhold.
      operationId: 'RaiseDispute',
      path: trajectory('disputes'),
      body: { reason: 'De afspraak over terugkoppeling is niet nagekomen.' },
    },
    {
      operationId: 'StartPilot',
      path: '/pilots',
      body: {
        id: ids.pilotId,
        name: `Pilot participatieraad ${tenant.name}`,
        bodyIds: [ids.bodyId],
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        criteria: [{ metric: 'signals-count', target: 1 }],
      },
    },
  ];
  return { tenant, ids, personalData: Object.values(person), steps };
}

/**
 * Runs every step through `post` (which answers the status and body text) and fails on the
 * first that is not accepted; answers the position of the last event.
 */
export async function playScenario(
  scenario: Scenario,
  post: (path: string, body: object) => Promise<{ status: number; text: string }>,
): Promise<number> {
  let position = 0;
  for (const step of scenario.steps) {
    const { status, text } = await post(step.path, step.body);
    if (status !== 200 && status !== 201) throw new Error(`${step.operationId}: ${status} ${text}`);
    position = (JSON.parse(text) as { position: number }).position;
  }
  return position;
}
