import { nextStepOf, runForm, signedInTab } from './support/story-steps';
import {
  checkKeyboardReach,
  checkPage,
  startWebSession,
  submitWithKeyboard,
  type BrowserTab,
  type WebSession,
} from './support/web-browser';

const IJMOND = 'GM0375, GM0396, GM0453';
const UUID = '[0-9a-f-]{36}';

/**
 * The whole story in one real browser, page by page, each step by the role that owns it: some
 * forty forms, each checked with axe at two widths, take a long while on a shared 2-core machine.
 */
jest.setTimeout(2_400_000);

describe('the demo story through the pages only, each step by its own role', () => {
  let session: WebSession;
  const tabs: BrowserTab[] = [];
  let bodyId = '';

  beforeAll(async () => {
    session = await startWebSession('browser-whole-story');
  }, 60_000);
  afterAll(async () => {
    for (const tab of tabs) await tab.context.close();
    await session?.close();
  });

  async function as(sub: string, role: string, municipalities = IJMOND): Promise<BrowserTab> {
    const tab = await signedInTab(session, sub, role, municipalities);
    tabs.push(tab);
    return tab;
  }

  /** The id in a link of the page whose address matches `pattern` (its first group). */
  async function idFromLink(tab: BrowserTab, pattern: RegExp): Promise<string> {
    const hrefs = await tab.page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      const match = href === null ? null : pattern.exec(href);
      if (match?.[1]) return match[1];
    }
    throw new Error(`No link like ${pattern.source} on ${tab.page.url()}`);
  }

  it('from the first signal to the implementation report and the pilot evaluation', async () => {
    // The administrator sets the scene: municipalities, their regulation, the council, the pilot.
    const admin = await as('verhaal-beheerder', 'Beh');
    for (const [code, name] of [
      ['GM0375', 'Beverwijk'],
      ['GM0396', 'Heemskerk'],
      ['GM0453', 'Velsen'],
    ] as const) {
      const done = await runForm(admin.page, {
        path: '/werkruimte/beheer/gemeente',
        shot: 'verhaal-01-gemeente',
        emptyFirst: code === 'GM0375',
        check: code === 'GM0375',
        entries: [
          ['text', 'code', code],
          ['text', 'name', name],
        ],
      });
      expect(done.pathname).toBe('/werkruimte/beheer/regeling');
    }
    await runForm(admin.page, {
      path: '/werkruimte/beheer/regeling',
      shot: 'verhaal-02-regeling',
      entries: [
        ['select', 'municipalityCode', 'Bev'],
        ['text', 'responseTermDays', '42'],
      ],
    });
    await runForm(admin.page, {
      path: '/werkruimte/beheer/orgaan',
      shot: 'verhaal-03-orgaan',
      entries: [
        ['text', 'name', 'Participatieraad IJmond'],
        ['select', 'kind', 'Participatieraad'],
        ['tick', 'municipalityCodes', 'GM0375'],
        ['tick', 'municipalityCodes', 'GM0396'],
        ['tick', 'municipalityCodes', 'GM0453'],
        ['tick', 'domains', 'wmo'],
      ],
    });
    bodyId = await idFromLink(admin, new RegExp(`^/werkruimte/organen/(${UUID})/leden/nieuw$`));
    const pilot = await runForm(admin.page, {
      path: '/werkruimte/beheer/pilot',
      shot: 'verhaal-04-pilot',
      entries: [
        ['text', 'name', 'Pilot participatieraad IJmond'],
        ['tick', 'bodyIds', bodyId],
        ['date', 'startsOn', '2026-01-01'],
        ['date', 'endsOn', '2027-12-31'],
        ['select', 'metric-1', 'Aandeel adviezen met schriftelijke'],
        ['text', 'target-1', '0,8'],
      ],
    });
    // A new pilot opens on its own page, where its evaluation and findings are read.
    const pilotId = new RegExp(`^/werkruimte/pilots/(${UUID})$`).exec(pilot.pathname)?.[1];
    expect(pilotId).toEqual(expect.any(String));
    await admin.page.goto('/werkruimte/beheer/persoon-vergeten');
    await checkKeyboardReach(admin.page, 'verhaal-05-persoon-vergeten');

    // The secretary keeps the council: members, a consultation, the self-evaluation, the agenda.
    const secretary = await as('verhaal-secretaris', 'Sec');
    const body = `/werkruimte/organen/${bodyId}`;
    for (const [name, subject] of [
      ['Mira de Vries', 'verhaal-lid'],
      ['Piet Jansen', ''],
    ] as const) {
      await runForm(secretary.page, {
        path: `${body}/leden/nieuw`,
        shot: 'verhaal-06-lid',
        emptyFirst: subject !== '',
        check: subject !== '',
        entries: [
          ['text', 'displayName', name],
          ['select', 'role', 'Lid'],
          ['tick', 'expertise', 'lived-experience'],
          ...(subject === '' ? [] : ([['text', 'subject', subject]] as const)),
        ],
      });
    }
    await runForm(secretary.page, {
      path: `${body}/leden/beeindigen`,
      shot: 'verhaal-07-lid-beeindigen',
      entries: [
        ['select', 'memberId', 'Piet'],
        ['text', 'reason', 'Verhuisd naar Haarlem.'],
      ],
    });
    await runForm(secretary.page, {
      path: `${body}/overleg/nieuw`,
      shot: 'verhaal-08-overleg',
      entries: [
        ['date', 'heldOn', '2026-03-02'],
        ['radio', 'with', 'alderman'],
        ['text', 'topics', 'vervoer, toegang'],
      ],
    });
    await runForm(secretary.page, {
      path: `${body}/zelfevaluatie/nieuw`,
      shot: 'verhaal-09-zelfevaluatie',
      entries: [
        ['text', 'year', '2026'],
        ['text', 'summary', 'We werden vaker vroeg betrokken dan vorig jaar.'],
      ],
    });
    const drafted = await runForm(secretary.page, {
      path: `${body}/agenda/nieuw`,
      shot: 'verhaal-10-agenda',
      entries: [['text', 'year', '2027']],
    });
    // A new agenda opens on its page, which offers its first item as the step that follows.
    const agendaId = new RegExp(`^/werkruimte/agenda/(${UUID})$`).exec(drafted.pathname)?.[1] ?? '';
    expect(agendaId).not.toBe('');
    expect(await nextStepOf(secretary.page)).toBe('Agendapunt toevoegen');
    // Agreeing an agenda without items: the domain's refusal, in Dutch, on the page.
    await secretary.page.goto(`/werkruimte/agenda/${agendaId}/instemmen`);
    await submitWithKeyboard(secretary.page);
    expect(await secretary.page.getByRole('alert').count()).toBe(1);
    await checkPage(secretary.page, 'verhaal-12-agenda-instemmen-fouten');
    await runForm(secretary.page, {
      path: `/werkruimte/agenda/${agendaId}/punt`,
      shot: 'verhaal-11-agendapunt',
      entries: [
        ['text', 'theme', 'Vervoer voor ouderen'],
        ['radio', 'source', 'body'],
      ],
    });
    await runForm(secretary.page, {
      path: `/werkruimte/agenda/${agendaId}/instemmen`,
      shot: 'verhaal-12-agenda-instemmen-akkoord',
      emptyFirst: false,
      entries: [],
    });
    await runForm(secretary.page, {
      path: `${body}/geschil/nieuw`,
      shot: 'verhaal-13-geschil-orgaan',
      entries: [
        ['radio', 'about', 'facilities'],
        ['text', 'reason', 'Er is geen vergaderruimte beschikbaar.'],
      ],
    });
    const committee = await as('verhaal-geschillencommissie', 'Ges');
    await runForm(committee.page, {
      path: `${body}/geschil/beslechten`,
      shot: 'verhaal-14-geschil-orgaan-beslechten',
      entries: [
        ['select', 'disputeId', 'Faci'],
        ['text', 'resolution', 'De gemeente stelt het raadhuis open voor de raad.'],
      ],
    });

    // A member brings in signals and holds a table.
    const member = await as('verhaal-lid', 'Lid');
    for (const [summary, theme] of [
      ['Ouderen in Wijk aan Zee missen een buurtbus.', 'vervoer'],
      ['Een inwoner wacht al maanden op een traplift.', 'hulpmiddelen'],
      ['Ook in Beverwijk-Oost rijdt de regiotaxi te laat.', 'vervoer'],
    ] as const) {
      await runForm(member.page, {
        path: '/werkruimte/signalen/nieuw',
        shot: 'verhaal-15-signaal',
        emptyFirst: false,
        check: theme === 'vervoer' && summary.includes('buurtbus'),
        entries: [
          ['select', 'municipalityCode', 'Bev'],
          ['select', 'bodyId', 'Part'],
          ['select', 'channel', 'Bij'],
          ['date', 'receivedOn', '2026-04-01'],
          ['text', 'themes', theme],
          ['select', 'domain', 'Wmo'],
          ['text', 'summary', summary],
        ],
      });
    }
    const signalLink = async (summary: string, action: string): Promise<string> => {
      const row = member.page.getByRole('row').filter({ hasText: summary });
      return (await row.getByRole('link', { name: action }).getAttribute('href')) ?? '';
    };
    for (const [summary, scope] of [
      ['buurtbus', 'collective'],
      ['traplift', 'individual'],
      ['regiotaxi', 'collective'],
    ] as const) {
      await runForm(member.page, {
        path: await signalLink(summary, 'Beoordelen'),
        shot: 'verhaal-16-beoordelen',
        emptyFirst: false,
        check: scope === 'individual',
        entries: [
          ['radio', 'scope', scope],
          ['text', 'rationale', 'Besproken in de raad.'],
        ],
      });
    }
    await runForm(member.page, {
      path: await signalLink('traplift', 'Doorverwijzen'),
      shot: 'verhaal-17-doorverwijzen',
      entries: [['text', 'referredTo', 'Cliëntondersteuning Beverwijk']],
    });
    await runForm(member.page, {
      path: '/werkruimte/signalen/bundelen',
      shot: 'verhaal-18-bundelen',
      entries: [
        ['text', 'title', 'Vervoer in de kernen schiet tekort'],
        ['tick', 'signalIds', await signalId('buurtbus')],
        ['tick', 'signalIds', await signalId('regiotaxi')],
      ],
    });
    await runForm(member.page, {
      path: await signalLink('traplift', 'Afsluiten'),
      shot: 'verhaal-19-signaal-afsluiten',
      entries: [
        ['text', 'outcome', 'De traplift is geplaatst.'],
        ['radio', 'feedbackGiven', 'true'],
      ],
    });
    await runForm(member.page, {
      path: '/werkruimte/tafels/nieuw',
      shot: 'verhaal-20-tafel',
      emptyFirst: false,
      entries: [
        ['select', 'municipalityCode', 'Bev'],
        ['select', 'bodyId', 'Part'],
        ['text', 'theme', 'Vervoer'],
        ['text', 'question', 'Hoe komen ouderen bij de huisarts?'],
        ['select', 'initiatedBy', 'Part'],
        ['select', 'form', 'Them'],
        ['tick', 'expectedGroups', 'client'],
        ['tick', 'expectedGroups', 'carer'],
      ],
    });
    const tableId = await idFromLink(member, new RegExp(`^/werkruimte/tafels/(${UUID})/deelnemer$`));
    const table = `/werkruimte/tafels/${tableId}`;
    await runForm(member.page, {
      path: `${table}/deelnemer`,
      shot: 'verhaal-21-deelnemer',
      entries: [
        ['select', 'perspective', 'Cli'],
        ['radio', 'consent', 'true'],
      ],
    });
    await runForm(member.page, {
      path: `${table}/bijeenkomst`,
      shot: 'verhaal-22-bijeenkomst',
      emptyFirst: false,
      entries: [
        ['date', 'heldOn', '2026-04-15'],
        ['text', 'attendance-client', '4'],
      ],
    });
    await runForm(member.page, {
      path: `${table}/bijdrage`,
      shot: 'verhaal-23-bijdrage',
      emptyFirst: false,
      entries: [
        ['select', 'perspective', 'Cli'],
        ['text', 'summary', 'Zonder auto kom je niet bij de huisarts.'],
      ],
    });
    await runForm(member.page, {
      path: `${table}/afsluiten`,
      shot: 'verhaal-24-tafel-sluiten',
      entries: [
        ['radio', 'outcome', 'advice'],
        ['text', 'summary', 'Een buurtbus is nodig.'],
        ['text', 'missing-carer', 'Mantelzorgers konden overdag niet.'],
      ],
    });
    await checkKeyboardReach(member.page, 'verhaal-24-werkruimte');

    // The official asks for advice and agrees the approach; the member confirms it and advises.
    const official = await as('verhaal-ambtenaar', 'Amb', 'GM0375');
    const started = await runForm(official.page, {
      path: '/werkruimte/trajecten/nieuw',
      shot: 'verhaal-25-traject',
      emptyFirst: false,
      entries: [
        ['select', 'bodyId', 'Part'],
        ['radio', 'kind', 'solicited'],
        ['text', 'subject', 'Vervoer naar de huisarts'],
        ['text', 'question', 'Hoe komen ouderen zonder auto bij de huisarts?'],
        ['select', 'domain', 'Wmo'],
        ['select', 'policyPhase', 'Agenda'],
      ],
    });
    const trajectoryId = new RegExp(`^/trajecten/(${UUID})$`).exec(started.pathname)?.[1] ?? '';
    const forms = `/werkruimte/trajecten/${trajectoryId}`;
    await runForm(official.page, {
      path: `${forms}/participatieaanpak`,
      shot: 'verhaal-26-aanpak',
      byLink: true,
      entries: [
        ['tick', 'forms', 'theme-table'],
        ['tick', 'phases', 'agenda-setting'],
        ['text', 'roles', 'De raad organiseert een thematafel; de gemeente levert de cijfers.'],
      ],
    });
    await member.page.goto(`/trajecten/${trajectoryId}`);
    await runForm(member.page, {
      path: `${forms}/participatieaanpak/bevestigen`,
      shot: 'verhaal-27-aanpak-bevestigen',
      byLink: true,
      emptyFirst: false,
      entries: [],
    });
    await runForm(member.page, {
      path: `${forms}/signaal-koppelen`,
      shot: 'verhaal-28-signaal-koppelen',
      byLink: true,
      emptyFirst: false,
      entries: [['select', 'signalId', '1']],
    });
    await runForm(member.page, {
      path: `${forms}/tafel-koppelen`,
      shot: 'verhaal-29-tafel-koppelen',
      byLink: true,
      // The only table is chosen already: sending it empty would link it.
      emptyFirst: false,
      entries: [['select', 'tableId', 'Vervoer']],
    });
    await runForm(member.page, {
      path: `${forms}/advies`,
      shot: 'verhaal-30-advies',
      byLink: true,
      emptyFirst: false,
      entries: [
        ['date', 'issuedOn', '2026-05-01'],
        ['text', 'summary', 'Zet een buurtbus in.'],
        ['text', 'clientPerspective', 'Ouderen zonder auto komen nu niet bij de huisarts.'],
        ['text', 'recommendation-1', 'Laat twee keer per dag een buurtbus rijden.'],
      ],
    });

    // The official answers for the college; each page offers the step that follows.
    await official.page.goto(`/trajecten/${trajectoryId}`);
    expect(await nextStepOf(official.page)).toBe('Reactie van het college vastleggen');
    await runForm(official.page, {
      path: `${forms}/collegereactie`,
      shot: 'verhaal-31-collegereactie',
      byLink: true,
      emptyFirst: false,
      entries: [
        ['date', 'respondedOn', '2026-06-01'],
        ['radio', 'decision-1', 'adopted'],
      ],
    });
    expect(await nextStepOf(official.page)).toBe('Bij raadsvoorstel voegen');
    await runForm(official.page, {
      path: `${forms}/collegereactie/corrigeren`,
      shot: 'verhaal-32-correctie',
      byLink: true,
      entries: [
        ['text', 'reason', 'Het college nam de aanbeveling deels over.'],
        ['radio', 'decision-1', 'partially-adopted'],
        ['text', 'reasoning-1', 'Eén rit per dag past in de begroting.'],
      ],
    });
    await runForm(official.page, {
      path: `${forms}/raadsvoorstel`,
      shot: 'verhaal-33-raadsvoorstel',
      byLink: true,
      emptyFirst: false,
      entries: [
        ['text', 'proposalRef', 'RV-2026-040'],
        ['text', 'proposalUrl', 'https://beverwijk.raadsinformatie.nl/document/40'],
        ['date', 'attachedOn', '2026-06-10'],
      ],
    });
    expect(await nextStepOf(official.page)).toBe('Besluit van de raad vastleggen');
    await runForm(official.page, {
      path: `${forms}/raadsbesluit`,
      shot: 'verhaal-34-raadsbesluit',
      byLink: true,
      entries: [
        ['date', 'decidedOn', '2026-07-01'],
        ['radio', 'decision', 'adopted'],
      ],
    });
    expect(await nextStepOf(official.page)).toBe('Vervolgafspraken maken');
    await runForm(official.page, {
      path: `${forms}/vervolgafspraken`,
      shot: 'verhaal-35-vervolgafspraken',
      byLink: true,
      entries: [
        ['date', 'dueOn-1', '2026-10-01'],
        ['text', 'description-1', 'Rijdt de buurtbus?'],
      ],
    });
    await runForm(official.page, {
      path: `${forms}/uitvoering`,
      shot: 'verhaal-36-uitvoering',
      byLink: true,
      emptyFirst: false,
      entries: [
        ['select', 'recommendationNumber', '1'],
        ['select', 'status', 'In'],
        ['date', 'reportedOn', '2026-10-01'],
      ],
    });
    await runForm(official.page, {
      path: `${forms}/geschil`,
      shot: 'verhaal-37-geschil',
      byLink: true,
      entries: [['text', 'reason', 'De vervolgafspraak werd niet nagekomen.']],
    });
    await runForm(committee.page, {
      path: `${forms}/geschil/beslechten`,
      shot: 'verhaal-38-geschil-beslechten',
      entries: [['text', 'resolution', 'De gemeente plant het moment opnieuw.']],
    });
    await runForm(official.page, {
      path: `/werkruimte/agenda/${agendaId}/instemmen`,
      shot: 'verhaal-39-agenda-gemeente',
      emptyFirst: false,
      entries: [],
    });
    await official.page.goto(`/trajecten/${trajectoryId}`);
    await runForm(official.page, {
      path: `${forms}/afsluiten`,
      shot: 'verhaal-40-afsluiten',
      byLink: true,
      emptyFirst: false,
      entries: [['text', 'note', 'De buurtbus rijdt.']],
    });
    expect(await official.page.getByText('Afgerond').count()).toBeGreaterThan(0);

    // The evaluator records a finding; the pilot's evaluation shows it.
    const evaluator = await as('verhaal-evaluator', 'Eva');
    const evaluated = await runForm(evaluator.page, {
      path: `/werkruimte/pilots/${pilotId}/bevinding`,
      shot: 'verhaal-41-bevinding',
      entries: [
        ['select', 'topic', 'Samenwerking met het college'],
        ['text', 'finding', 'Het college reageert sneller dan voor de pilot.'],
        ['date', 'recordedOn', '2026-11-01'],
      ],
    });
    expect(evaluated.pathname).toBe(`/werkruimte/pilots/${pilotId}`);
    expect(await evaluator.page.getByText('Het college reageert sneller dan voor de pilot.').count()).toBe(1);
    for (const tab of tabs) expect(tab.problems).toEqual([]);

    async function signalId(summary: string): Promise<string> {
      await member.page.goto('/werkruimte');
      const href = await signalLink(summary, 'Afsluiten');
      return new RegExp(`/signalen/(${UUID})/`).exec(href)?.[1] ?? '';
    }
  });

  // Builds on the council, its member and the three municipalities the story above set up.
  it('a regional advice answered by the colleges of three municipalities', async () => {
    const member = await as('verhaal-lid', 'Lid');
    const started = await runForm(member.page, {
      path: '/werkruimte/trajecten/nieuw',
      shot: 'regio-01-traject',
      emptyFirst: false,
      entries: [
        ['select', 'municipalityCode', 'Bev'],
        ['select', 'bodyId', 'Part'],
        ['tick', 'addressedTo', 'GM0375'],
        ['tick', 'addressedTo', 'GM0396'],
        ['tick', 'addressedTo', 'GM0453'],
        ['radio', 'kind', 'unsolicited'],
        ['text', 'subject', 'Eén regiotaxi voor de IJmond'],
        ['select', 'domain', 'Wmo'],
        ['select', 'policyPhase', 'Agenda'],
      ],
    });
    const trajectoryId = new RegExp(`^/trajecten/(${UUID})$`).exec(started.pathname)?.[1] ?? '';
    const forms = `/werkruimte/trajecten/${trajectoryId}`;
    await runForm(member.page, {
      path: `${forms}/advies`,
      shot: 'regio-02-advies',
      byLink: true,
      emptyFirst: false,
      entries: [
        ['date', 'issuedOn', '2026-08-01'],
        ['text', 'summary', 'Eén regiotaxi, één loket.'],
        ['text', 'clientPerspective', 'Cliënten reizen tussen de drie gemeenten.'],
        ['text', 'recommendation-1', 'Besteed de regiotaxi samen aan.'],
      ],
    });
    for (const [code, sub] of [
      ['GM0375', 'verhaal-ambtenaar-beverwijk'],
      ['GM0396', 'verhaal-ambtenaar-heemskerk'],
      ['GM0453', 'verhaal-ambtenaar-velsen'],
    ] as const) {
      const official = await as(sub, 'Amb', code);
      await official.page.goto(`/trajecten/${trajectoryId}`);
      expect(await nextStepOf(official.page)).toBe('Reactie van het college vastleggen');
      await runForm(official.page, {
        path: `${forms}/collegereactie`,
        shot: `regio-03-collegereactie-${code}`,
        byLink: true,
        emptyFirst: code === 'GM0375',
        entries: [
          ['date', 'respondedOn', '2026-09-01'],
          ['radio', 'decision-1', 'adopted'],
        ],
      });
    }
    const page = tabs[tabs.length - 1]!.page;
    expect(await page.getByText('College heeft gereageerd').count()).toBeGreaterThan(0);
    for (const tab of tabs) expect(tab.problems).toEqual([]);
  });
});
