import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardBytes, cardProblems } from '../../tests/support/validate-card';
import { importAgendaText } from '../../src/agenda-import';
import { toSessionView } from '../../src/app/session-view';
import type { AgendaItemDraft } from '../../src/domain';
import { fold } from '../../src/domain';
import { cast, command, createSession, inSession, item, run, voteId } from '../../src/domain/testing/session-spec';
import type { ImportedAgenda } from '../../src/agenda-import/imported-agenda';
import { agendaCard } from './agenda-card';
import { draftCard } from './draft-card';
import { helpCard } from './help-card';
import { itemCard } from './item-card';
import { presenceCard } from './presence-card';
import { quorumCard, quorumCheckCard } from './quorum-card';
import { rollCallCard } from './roll-call-card';
import { voteCard } from './vote-card';
import type { AdaptiveCardJson } from './card-kit';
import { findView } from './session-controls';
import { EVERYONE, type Viewer, viewerOf } from './viewer';
import { welcomeCard } from './welcome-card';

const LONG = 'Presentación y, en su caso, aprobación del proyecto de acuerdo del Consejo General del Instituto Electoral de la Ciudad de México por el que se aprueban los lineamientos para la organización del proceso electoral local ordinario';

/** 100 items: 20 with 4 sub-items each, every title long. */
const bigAgenda: AgendaItemDraft[] = Array.from({ length: 20 }, (_, i) => ({
  number: String(i + 1), title: `${LONG} (${i + 1})`, kind: 'vote' as const,
  items: ['a', 'b', 'c', 'd'].map((l) => ({ number: `${i + 1}.${l}`, title: `${LONG} ${l}`, kind: 'report' as const })),
}));

const voters = Array.from({ length: 60 }, (_, i) => ({ id: `aad-voter-${i}` as never, name: `Consejera Electoral Número ${i + 1}`, role: 'voting-member' as const }));

function bigSession(closeVote: boolean) {
  const events = run([
    createSession(cast.secretary, { agendaApprovalRequired: false }, bigAgenda),
    command('AssignRoles', cast.secretary, { members: [{ id: cast.chair.id, name: cast.chair.name, role: 'chair' }, ...voters] }),
    command('StartRollCall', cast.secretary, {}),
    ...voters.map((v) => command('MarkAttendance', cast.secretary, { memberId: v.id, present: true })),
    command('StartSession', cast.secretary, {}),
    command('StartItem', cast.secretary, { number: item('1') }),
    command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }),
    ...voters.map((v, i) => command('CastBallot', { id: v.id, name: v.name }, { choice: i % 3 === 0 ? 'against' : 'in-favour' })),
    ...(closeVote ? [command('CloseVote', cast.secretary, {})] : []),
    command('RecordAgreement', cast.secretary, { agreementId: 'a1' as never, text: 'Se aprueban los lineamientos.' }),
  ]);
  const state = fold(events);
  return { state, view: toSessionView(state, events.length) };
}

const viewers: [string, string | null][] = [
  ['everyone', null],
  ['the secretary', cast.secretary.id],
  ['a voter', 'aad-voter-7'],
];

describe('every card is a valid Adaptive Card 1.5 under 40 KB, even for a 100-item agenda and 60 voters', () => {
  for (const closed of [false, true]) {
    const { state, view } = bigSession(closed);
    for (const [who, id] of viewers) {
      const viewer = viewerOf(view, id);
      for (const lang of ['es', 'en'] as const) {
        const cards = {
          agenda: agendaCard(view, viewer, lang, voters.map((v) => `29:${v.id}`)),
          'roll call': rollCallCard(view, viewer, lang),
          item: itemCard(view, view.agenda[0]!, viewer, lang),
          vote: voteCard(view, view.agenda[0]!.vote!, viewer, lang, { ownChoice: viewer.id === 'aad-voter-7' ? state.votes[0]!.ballots['aad-voter-7' as never] ?? null : null }),
        };
        for (const [name, card] of Object.entries(cards)) {
          it(`${name} card, vote ${closed ? 'closed' : 'open'}, as ${who} sees it (${lang})`, () => {
            expect(cardProblems(card)).toEqual([]);
            expect(cardBytes(card)).toBeLessThan(40 * 1024);
          });
        }
      }
    }
  }

  it('the draft card of a 100-item agenda: a line per item with its kind, and no form of kinds (corrected by command)', () => {
    const imported: ImportedAgenda = {
      header: { body: 'Consejo General', title: 'Sesión', kind: 'ordinaria', date: '2024-06-24', time: '12:30', modality: 'virtual' },
      items: bigAgenda.map((d) => ({ number: d.number, title: d.title, kind: d.kind, status: 'pending', reason: 'pide aprobación', items: d.items!.map((s) => ({ number: s.number, title: s.title, kind: s.kind, status: 'pending', reason: 'informe', items: [] })) })),
      warnings: [],
    };
    for (const state of ['pending', 'confirmed'] as const) {
      const card = draftCard('d1', imported, 'es', state);
      expect(cardProblems(card)).toEqual([]);
      expect(cardBytes(card)).toBeLessThan(40 * 1024);
    }
    const pending = JSON.stringify(draftCard('d1', imported, 'es'));
    expect(pending).not.toMatch(/Input\.ChoiceSet/);
    expect(pending).toMatch(/«@Sesiona tipo del punto 5: informe»/);
  });

  it('help and welcome cards', () => {
    for (const card of [helpCard('es'), helpCard('en'), welcomeCard('es'), welcomeCard('en')]) expect(cardProblems(card)).toEqual([]);
  });

  it('refresh.userIds never lists more than 60 people', () => {
    const { view } = bigSession(false);
    const card = agendaCard(view, EVERYONE, 'es', Array.from({ length: 80 }, (_, i) => `29:u${i}`));
    expect(card.refresh?.userIds).toHaveLength(60);
  });
});

describe('who sees what on the vote card', () => {
  const { state, view } = bigSession(false);
  const vote = view.agenda[0]!.vote!;
  type Action = { type?: string; title?: string; style?: string; verb?: string };
  /** Every button of a card, in its body's rows and at its foot, in reading order. */
  const buttons = (c: AdaptiveCardJson): Action[] => [
    ...c.body.filter((e) => e.type === 'ActionSet').flatMap((e) => e.actions as Action[]),
    ...((c.actions ?? []) as Action[]),
  ];
  const titles = (c: AdaptiveCardJson) => buttons(c).map((a) => a.title);

  /** Item 1 put to a vote in the small commission: Ana (chair) has not voted, Luis has, Sofía left after it opened. */
  const small = () => {
    const events = run([
      command('StartItem', cast.secretary, { number: item('1') }, 7),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }, 8),
      command('CastBallot', cast.luis, { choice: 'in-favour' }, 9),
      command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 9),
    ], inSession());
    const s = fold(events);
    return { state: s, view: toSessionView(s, events.length) };
  };

  it('given a voter who may vote now, then the three ballot buttons, alike: no style, none singled out, in a row of their own', () => {
    const { view: v } = small();
    const card = voteCard(v, v.openVote!, viewerOf(v, cast.chair.id), 'es');
    const ballots = buttons(card).filter((a) => a.verb === 'ballot');
    expect(ballots.map((a) => a.title)).toEqual(['A favor', 'En contra', 'Abstención']);
    expect(ballots.map((a) => a.style)).toEqual([undefined, undefined, undefined]);
    // the chair also closes the vote, from another row: never beside the ballots
    expect(card.actions!.map((a) => a.title)).toEqual(['Cerrar votación']);
    expect(titles(voteCard(v, v.openVote!, viewerOf(v, cast.chair.id), 'en'))).toEqual(['In favour', 'Against', 'Abstain', 'Close vote']);
  });

  it('given a voter recorded out of the session after the vote opened, then no ballot buttons, and the card says why', () => {
    const { view: v } = small();
    const card = voteCard(v, v.openVote!, viewerOf(v, cast.sofia.id), 'es');
    expect(titles(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toMatch(/Tu salida de la sesión está registrada: votas cuando la Secretaría registre tu regreso\./);
    expect(JSON.stringify(voteCard(v, v.openVote!, viewerOf(v, cast.sofia.id), 'en').body)).toMatch(/Your departure from the session is recorded/);
  });

  it('the shared view has only «Votar / ver mi voto»; the secretary, who has no vote, only «Cerrar votación»', () => {
    const { view: v } = small();
    expect(titles(voteCard(v, v.openVote!, EVERYONE, 'es'))).toEqual(['Votar / ver mi voto']);
    expect(titles(voteCard(v, v.openVote!, viewerOf(v, cast.secretary.id), 'en'))).toEqual(['Close vote']);
  });

  it('a voter who voted sees their own vote instead of the buttons', () => {
    const card = voteCard(view, vote, viewerOf(view, 'aad-voter-7'), 'es', { ownChoice: state.votes[0]!.ballots['aad-voter-7' as never] ?? null });
    expect(JSON.stringify(card)).toMatch(/Tu voto: A favor ✔/);
    expect(buttons(card)).toEqual([]);
  });
});

describe('the draft card of a 14-item order of the day', () => {
  const fixture = readFileSync(join(__dirname, '..', '..', 'tests', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
  const imported = importAgendaText(fixture);
  if (!imported.ok) throw new Error(imported.error.message.es);
  const card = draftCard('d1', imported.agenda, 'es');

  it('lists each item on one line with its kind, and has no choice in its first view', () => {
    const lines = JSON.stringify(card.body).match(/\*\*[0-9.a-z]+\*\* · _[^_]+_ · /g) ?? [];
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe('**1** · _Votación_ · ');
    expect(lines[6]).toBe('**5.b** · _Se presenta_ · ');
    const firstView = JSON.stringify(card.body.filter((e) => e.type !== 'ActionSet'));
    expect(firstView).not.toMatch(/Input\./);
  });

  it('corrects the kinds in a second view: «Corregir tipos…» opens a choice per item and its own button to create the session', () => {
    const form = card.body.flatMap((e) => (e.type === 'ActionSet' ? (e.actions as Record<string, any>[]) : [])).find((a) => a.type === 'Action.ShowCard')!; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(form.title).toBe('Corregir tipos…');
    const inputs = form.card.body.filter((e: { type: string }) => e.type === 'Input.ChoiceSet');
    expect(inputs.map((i: { id: string }) => i.id)).toEqual(['kind-1', 'kind-2', 'kind-3', 'kind-4', 'kind-5', 'kind-5.a', 'kind-5.b', 'kind-5.c', 'kind-5.d', 'kind-5.e', 'kind-5.f', 'kind-5.g', 'kind-5.h', 'kind-6']);
    expect(form.card.actions.map((a: { title: string; verb: string }) => [a.title, a.verb])).toEqual([['Crear con estos tipos', 'confirm-agenda']]);
    // the foot: create as read (the first button, which carries the draft), or discard
    expect(card.actions!.map((a) => [a.title, (a.data as { draftId: string }).draftId])).toEqual([['Crear la sesión', 'd1'], ['Descartar', 'd1']]);
    expect(cardProblems(card)).toEqual([]);
    const en = JSON.stringify(draftCard('d1', imported.agenda, 'en'));
    for (const words of ['"title":"Correct kinds…"', '"title":"Create with these kinds"', '\\"@Sesiona kind item 5: report\\"']) expect(en).toContain(words);
  });
});

describe('the cards of attendance during the session and of ties', () => {
  const secretary = (view: ReturnType<typeof toSessionView>): Viewer => viewerOf(view, cast.secretary.id);
  const after = (extra: Parameters<typeof run>[0]) => {
    const events = run(extra, inSession());
    const state = fold(events);
    return toSessionView(state, events.length);
  };
  const TEAMS = { id: 'microsoft-teams' as never, name: 'Microsoft Teams' };

  it('a departure notice: the names and the quorum it would leave; the secretary\'s view has the two buttons; all valid', () => {
    const view = after([
      command('RecordAttendanceHint', TEAMS, { kind: 'left', participant: { id: cast.luis.id, name: cast.luis.name } }),
      command('RecordAttendanceHint', TEAMS, { kind: 'left', participant: { id: cast.sofia.id, name: cast.sofia.name } }),
    ]);
    const notice = { burst: 'b1', change: 'left' as const, memberIds: [cast.luis.id, cast.sofia.id] };
    const shared = presenceCard(view, notice, EVERYONE, 'es');
    expect(JSON.stringify(shared)).toMatch(/Luis Consejero y Sofía Consejera salieron de la reunión\./);
    expect(JSON.stringify(shared)).toMatch(/Quórum: 1 de 3 \(se requieren 2\)\. Sin quórum\./);
    const mine = presenceCard(view, notice, secretary(view), 'en');
    expect((mine.actions ?? []).map((a) => [a.title, a.style])).toEqual([['Record departure', undefined], ['Keep present', undefined]]);
    expect((presenceCard(view, notice, secretary(view), 'es').actions ?? []).map((a) => a.title)).toEqual(['Registrar salidas', 'No registrar']);
    for (const card of [shared, mine]) expect(cardProblems(card)).toEqual([]);
  });

  it('the quorum lost card offers those who conduct a recess and a quorum check; the quorum check card; all valid', () => {
    const view = after([
      command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }),
      command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }),
      command('StartQuorumCheck', cast.secretary, { checkId: 'q1' }),
    ]);
    const lostAt = view.quorumRecord.findIndex((q) => q.when === 'lost');
    const lost = quorumCard(view, lostAt, secretary(view), 'es')!;
    expect(JSON.stringify(lost)).toMatch(/Sin quórum/);
    const check = quorumCheckCard(view, 'q1', secretary(view), 'es')!;
    expect((check.actions ?? []).map((a) => a.title)).toContain('Cerrar verificación');
    for (const card of [lost, check, quorumCheckCard(view, 'q1', EVERYONE, 'en')!]) expect(cardProblems(card)).toEqual([]);
  });

  it('a tie with the chair abstaining reads "No aprobado por empate" on the vote card, with no casting vote claimed', () => {
    const view = after([
      command('StartItem', cast.secretary, { number: item('1') }),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }),
      command('CastBallot', cast.chair, { choice: 'abstain' }),
      command('CastBallot', cast.luis, { choice: 'in-favour' }),
      command('CastBallot', cast.sofia, { choice: 'against' }),
      command('CloseVote', cast.secretary, {}),
    ]);
    const text = JSON.stringify(voteCard(view, view.agenda[0]!.vote!, EVERYONE, 'es'));
    expect(text).toMatch(/No aprobado por empate/);
    expect(text).not.toMatch(/voto de calidad/);
  });
});

describe('the debate on the card of the item under way', () => {
  const present = [cast.chair, cast.luis, cast.sofia, cast.representative, cast.guest];
  const debating = (steps: Parameters<typeof run>[0], number = '3.b') => {
    const events = run([command('StartItem', cast.secretary, { number: item(number) }, 10), ...steps], inSession(undefined, undefined, present));
    const state = fold(events);
    const view = toSessionView(state, events.length);
    return { view, item: findView(view, number)! };
  };
  /** Item 3.b: Luis speaks in round 1 (given at minute 12, 12:42 h in Mexico City), Sofía and Pedro wait. */
  const luisSpeaks = [
    command('AskForFloor', cast.luis, {}, 11),
    command('AskForFloor', cast.sofia, {}, 11),
    command('AskForFloor', cast.representative, {}, 11),
    command('GiveFloor', cast.secretary, {}, 12),
  ];
  /** The titles of the debate's buttons (and of the forms they open), in the order a person reads them. */
  const titles = (card: AdaptiveCardJson): string[] => {
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        // the forms of votes in parts (Reservar…, Excusarme…) are vote-parts-cards.test.ts's
        if (o.type === 'Action.ShowCard' && JSON.stringify(o).includes('"verb":"vote-part"')) return;
        if (o.type === 'Action.ShowCard' || (o.type === 'Action.Execute' && (o.verb === 'debate' || (o.verb === 'refresh' && o.title !== 'refresh')))) found.push(o.title as string);
        Object.values(o).forEach(walk);
      }
    };
    walk(card);
    return found;
  };
  const said = (card: AdaptiveCardJson) => JSON.stringify(card.body);

  it('given Luis has the floor and two wait, then everyone reads the round, the floor with its times (not a countdown) and the list', () => {
    const { view, item: it3b } = debating(luisSpeaks);
    const card = itemCard(view, it3b, EVERYONE, 'es');
    expect(said(card)).toMatch(/\*\*Debate\*\* · Ronda 1 de 3 · 10 min por intervención/);
    expect(said(card)).toMatch(/\*\*Tiene la palabra:\*\* Luis Consejero/);
    expect(said(card)).toMatch(/Inició 12:42 h · límite 10:00 · hasta las 12:52 h/);
    expect(said(card)).toMatch(/\*\*Lista de oradores:\*\* 1\. Sofía Consejera · 2\. Pedro Representante/);
    expect(titles(card)).toEqual(['Pedir la palabra / mis opciones']);
    const en = itemCard(view, it3b, EVERYONE, 'en');
    expect(said(en)).toMatch(/Round 1 of 3 · 10 min per intervention[\s\S]*\*\*Has the floor:\*\* Luis Consejero[\s\S]*Started 12:42 · limit 10:00 · until 12:52/);
  });

  it('then the secretary may end the intervention, extend the time and raise a point of order; the speaker may end their own', () => {
    const { view, item: it3b } = debating(luisSpeaks);
    const secretary = titles(itemCard(view, it3b, viewerOf(view, cast.secretary.id), 'es'));
    expect(secretary.slice(0, 3)).toEqual(['Terminar intervención', 'Ampliar tiempo', 'Ampliar']);
    expect(secretary).toContain('Moción de orden…');
    expect(secretary).not.toContain('Siguiente orador');
    const luis = titles(itemCard(view, it3b, viewerOf(view, cast.luis.id), 'es'));
    expect(luis).toEqual(['Terminar mi intervención', 'Moción de orden…', 'Plantear la moción de orden']);
    const sofia = titles(itemCard(view, it3b, viewerOf(view, cast.sofia.id), 'en'));
    expect(sofia).toEqual(['Withdraw my request', 'Question to the speaker…', 'Ask the question', 'Point of order…', 'Raise the point of order']);
  });

  it('given nobody has the floor and some wait, then whoever conducts has the next speaker, a choice of whom to give it to (those waiting first) and closing the round', () => {
    const { view, item: it3b } = debating([...luisSpeaks, command('EndIntervention', cast.luis, {}, 15)]);
    const card = itemCard(view, it3b, viewerOf(view, cast.secretary.id), 'es');
    expect(titles(card).slice(0, 5)).toEqual(['Siguiente orador', 'Dar la palabra a…', 'Dar la palabra', 'Cerrar ronda', 'Pedir la palabra']);
    const choices = JSON.stringify(card).match(/"choices":\[[^\]]*\]/)![0];
    expect(choices).toMatch(/Sofía Consejera \(en espera, 1\)[\s\S]*Pedro Representante \(en espera, 2\)[\s\S]*Ana Presidenta/);
    expect(choices).not.toMatch(/Gina Invitada/);
    expect(said(card)).toMatch(/Intervenciones: R1 Luis Consejero 3:00 de 10:00/);
    // a guest has no voice: no button of the debate
    expect(titles(itemCard(view, it3b, viewerOf(view, cast.guest.id), 'es'))).toEqual([]);
  });

  it('given a moción al orador waiting, then the speaker (and whoever conducts, for the speaker) answer it, and nothing else moves', () => {
    const { view, item: it3b } = debating([...luisSpeaks, command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1', text: '¿Cuánto cuesta?' }, 13)]);
    expect(said(itemCard(view, it3b, EVERYONE, 'es'))).toMatch(/\*\*Moción al orador de Sofía Consejera a Luis Consejero: «¿Cuánto cuesta\?»\*\* — pendiente: Luis Consejero la acepta o no/);
    expect(said(itemCard(view, it3b, EVERYONE, 'es'))).toMatch(/en pausa desde 12:43 h \(moción\)/);
    expect(titles(itemCard(view, it3b, viewerOf(view, cast.luis.id), 'es'))).toEqual(['Acepto la moción', 'No acepto la moción']);
    expect(titles(itemCard(view, it3b, viewerOf(view, cast.secretary.id), 'es')).slice(0, 2)).toEqual(['El orador acepta', 'El orador no acepta']);
    expect(titles(itemCard(view, it3b, viewerOf(view, cast.chair.id), 'en')).slice(0, 2)).toEqual(['Speaker accepts', 'Speaker declines']);
    // an answer, like a ballot: the two look alike
    for (const id of [cast.luis.id, cast.secretary.id]) expect(JSON.stringify(itemCard(view, it3b, viewerOf(view, id), 'es'))).not.toMatch(/"act":"(accept|decline)-motion"\},"style"/);
  });

  it('given a moción de orden waiting, then only whoever conducts decides it', () => {
    const { view, item: it3b } = debating([...luisSpeaks, command('RaisePointOfOrder', cast.representative, { motionId: 'm1', text: 'Se aparta del tema' }, 13)]);
    expect(said(itemCard(view, it3b, EVERYONE, 'es'))).toMatch(/Moción de orden de Pedro Representante: «Se aparta del tema»\*\* — pendiente: quien preside resuelve si procede/);
    expect(titles(itemCard(view, it3b, viewerOf(view, cast.secretary.id), 'es')).slice(0, 2)).toEqual(['Procede la moción', 'No procede la moción']);
    expect(JSON.stringify(itemCard(view, it3b, viewerOf(view, cast.secretary.id), 'es'))).not.toMatch(/"act":"(grant|deny)-order"\},"style"/);
    expect(titles(itemCard(view, it3b, viewerOf(view, cast.luis.id), 'es'))).toEqual([]);
  });

  it('given the item done, then its card sums the debate up in one line', () => {
    const { view } = debating([...luisSpeaks, command('EndIntervention', cast.luis, {}, 15), command('CloseRound', cast.secretary, {}, 16), command('NextItem', cast.secretary, {}, 17)], '2');
    const done = findView(view, '2')!;
    expect(said(itemCard(view, done, EVERYONE, 'es'))).toMatch(/Debate: 1 ronda, 1 intervención \(3 min\)\./);
  });

  it('every view of a long debate is a valid card under 40 KB: 60 voters, 59 waiting, a motion pending, 12 interventions done', () => {
    const events = run([
      createSession(cast.secretary, { agendaApprovalRequired: false }, bigAgenda),
      command('AssignRoles', cast.secretary, { members: [{ id: cast.chair.id, name: cast.chair.name, role: 'chair' }, ...voters] }),
      command('StartRollCall', cast.secretary, {}),
      ...voters.map((v) => command('MarkAttendance', cast.secretary, { memberId: v.id, present: true })),
      command('StartSession', cast.secretary, {}),
      command('StartItem', cast.secretary, { number: item('1') }),
      ...voters.map((v) => command('AskForFloor', { id: v.id, name: v.name }, {}, 1)),
      ...voters.slice(0, 12).flatMap((v, i) => [command('GiveFloor', cast.secretary, {}, 2 + i), command('EndIntervention', { id: v.id, name: v.name }, {}, 3 + i)]),
      command('GiveFloor', cast.secretary, {}, 20),
      command('AskMotionToSpeaker', { id: voters[40]!.id, name: voters[40]!.name }, { motionId: 'm1', text: LONG }, 21),
    ]);
    const view = toSessionView(fold(events), events.length);
    for (const id of [null, cast.secretary.id, voters[12]!.id, voters[40]!.id, voters[50]!.id]) {
      for (const lang of ['es', 'en'] as const) {
        const card = itemCard(view, view.agenda[0]!, viewerOf(view, id), lang, voters.map((v) => `29:${v.id}`));
        expect(cardProblems(card)).toEqual([]);
        expect(cardBytes(card)).toBeLessThan(40 * 1024);
      }
    }
  });

  it('every debate view of the small commission is a valid card', () => {
    const steps = [[], luisSpeaks, [...luisSpeaks, command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1' }, 13)], [...luisSpeaks, command('EndIntervention', cast.luis, {}, 15)]];
    for (const s of steps) {
      const { view, item: it3b } = debating(s);
      for (const id of [null, cast.secretary.id, cast.luis.id, cast.sofia.id, cast.guest.id]) {
        for (const lang of ['es', 'en'] as const) expect(cardProblems(itemCard(view, it3b, viewerOf(view, id), lang))).toEqual([]);
      }
    }
  });
});
