/**
 * Votes in parts on the cards: the item card lists the parts reserved (with what became of each) and the members
 * excused, and gives each voting member «Reservar…» and «Excusarme…» while they may; whoever conducts puts each
 * reservation to the vote en lo particular once the item is approved en lo general. The vote card says which vote
 * it is and what a ballot in favour means, names the members excused, and once closed lists the separate opinions
 * and gives those who voted the kinds the domain would accept from them. Spanish and English; every card valid.
 */
import { toSessionView } from '../../src/app/session-view';
import { type AgendaItemDraft, fold, type SessionCommand } from '../../src/domain';
import { ballot, cast, command, createSession, inSession, item, run, voteId } from '../../src/domain/testing/session-spec';
import { cardBytes, cardProblems } from '../../tests/support/validate-card';
import type { AdaptiveCardJson } from './card-kit';
import { renderCard } from './render-card';
import { EVERYONE, viewerOf } from './viewer';

const N = item('3.b');
const PROPOSAL = 'Sustituir «30 días» por «15 días hábiles»';
/** Item 3.b (a draft agreement) under way at minute 10; Luis reserves a part with a proposal, Sofía one without. */
const reserved = [
  command('StartItem', cast.secretary, { number: N }, 10),
  command('ReservePart', cast.luis, { reservationId: 'r1', part: 'Punto resolutivo tercero', proposal: PROPOSAL }, 11),
  command('ReservePart', cast.sofia, { reservationId: 'r2', part: 'Considerando 12' }, 11),
];
const everyoneInFavour = (minute: number) => [ballot(cast.chair, 'in-favour', minute), ballot(cast.luis, 'in-favour', minute), ballot(cast.sofia, 'in-favour', minute)];
/** Approved en lo general (nominal) at minute 13. */
const approvedInGeneral = [
  ...reserved,
  command('OpenVote', cast.secretary, { voteId: voteId('g'), method: 'nominal' }, 12),
  ...everyoneInFavour(12),
  command('CloseVote', cast.secretary, {}, 13),
];

function session(steps: SessionCommand[]) {
  const events = run(steps, inSession());
  const state = fold(events);
  return { state, view: toSessionView(state, events.length) };
}
const cardOf = (s: ReturnType<typeof session>, ref: Parameters<typeof renderCard>[2], who: string | null, lang: 'es' | 'en'): AdaptiveCardJson => {
  const card = renderCard(s.view, s.state, ref, who === null ? EVERYONE : viewerOf(s.view, who), lang)!;
  expect(cardProblems(card)).toEqual([]);
  return card;
};
const said = (card: AdaptiveCardJson) => JSON.stringify(card.body);
/** The titles of the buttons of votes in parts (and of the forms they open), in reading order. */
const titles = (card: AdaptiveCardJson): string[] => {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.verb === 'vote-part' || (o.type === 'Action.ShowCard' && JSON.stringify(o).includes('"verb":"vote-part"'))) found.push(o.title as string);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
};
const ITEM_3B = { card: 'item' as const, number: '3.b' };

describe('votes in parts on the item card', () => {
  it('given the draft under way, then a voting member may reserve a part and excuse themselves; the secretary and a representative may not', () => {
    const s = session([command('StartItem', cast.secretary, { number: N }, 10)]);
    expect(titles(cardOf(s, ITEM_3B, cast.luis.id, 'es'))).toEqual(['Reservar…', 'Reservar', 'Excusarme…', 'Excusarme']);
    expect(titles(cardOf(s, ITEM_3B, cast.sofia.id, 'en'))).toEqual(['Reserve…', 'Reserve', 'Excuse myself…', 'Excuse myself']);
    expect(titles(cardOf(s, ITEM_3B, cast.secretary.id, 'es'))).toEqual([]);
    expect(titles(cardOf(s, ITEM_3B, cast.representative.id, 'es'))).toEqual([]);
    expect(titles(cardOf(s, ITEM_3B, null, 'es'))).toEqual([]);
    // the reservation form asks for the part (required) and the wording proposed (optional)
    const form = JSON.stringify(cardOf(s, ITEM_3B, cast.luis.id, 'es'));
    expect(form).toMatch(/"id":"reservedPart","label":"Parte que reservas \(p\. ej\. punto resolutivo tercero\)","isRequired":true/);
    expect(form).toMatch(/"id":"reservedProposal","label":"Redacción que propones \(opcional\)"/);
  });

  it('given two parts reserved, then everyone reads who reserved which part and the wording proposed, in Spanish and English', () => {
    const s = session(reserved);
    const es = said(cardOf(s, ITEM_3B, null, 'es'));
    expect(es).toMatch(/\*\*Reservas para la votación en lo particular\*\*/);
    expect(es).toMatch(/1\. Punto resolutivo tercero — Luis Consejero"/);
    expect(es).toMatch(/Propuesta: «Sustituir «30 días» por «15 días hábiles»»/);
    expect(es).toMatch(/2\. Considerando 12 — Sofía Consejera"/);
    const en = said(cardOf(s, ITEM_3B, null, 'en'));
    expect(en).toMatch(/\*\*Parts reserved for a separate vote\*\*[\s\S]*1\. Punto resolutivo tercero — Luis Consejero[\s\S]*Proposed wording: «Sustituir/);
  });

  it('given the item approved en lo general, then the card says so, each part waits for its vote, and only whoever conducts may put each to the vote (as the general one was taken)', () => {
    const s = session(approvedInGeneral);
    const es = said(cardOf(s, ITEM_3B, null, 'es'));
    expect(es).toMatch(/En lo general: Aprobado por unanimidad/);
    expect(es).toMatch(/1\. Punto resolutivo tercero — Luis Consejero · por votar en lo particular/);
    const secretary = cardOf(s, ITEM_3B, cast.secretary.id, 'es');
    expect(titles(secretary)).toEqual(['Votar en lo particular (reserva 1)', 'Votar en lo particular (reserva 2)']);
    expect(JSON.stringify(secretary)).toMatch(/"verb":"vote-part","data":\{"card":"item","number":"3\.b","act":"vote-reservation","reservationId":"r1","method":"nominal"\}/);
    expect(titles(cardOf(s, ITEM_3B, cast.chair.id, 'en'))).toEqual(['Vote separately (reservation 1)', 'Vote separately (reservation 2)']);
    // the vote is taken: no more reservations or excusals
    expect(titles(cardOf(s, ITEM_3B, cast.luis.id, 'es'))).toEqual([]);
  });

  it('given both parts voted, then each says what became of it: the proposal adopted, the part rejected', () => {
    const s = session([
      ...approvedInGeneral,
      command('OpenVote', cast.secretary, { voteId: voteId('p1'), method: 'nominal', reservationId: 'r1' }, 14),
      ...everyoneInFavour(14),
      command('CloseVote', cast.secretary, {}, 15),
      command('OpenVote', cast.secretary, { voteId: voteId('p2'), method: 'nominal', reservationId: 'r2' }, 16),
      ballot(cast.chair, 'against', 16), ballot(cast.luis, 'against', 16), ballot(cast.sofia, 'in-favour', 16),
      command('CloseVote', cast.secretary, {}, 17),
    ]);
    const es = said(cardOf(s, ITEM_3B, null, 'es'));
    expect(es).toMatch(/1\. Punto resolutivo tercero — Luis Consejero · se aprobó la propuesta de modificación \(engrose\)/);
    expect(es).toMatch(/2\. Considerando 12 — Sofía Consejera · no se aprobó; no forma parte del acuerdo/);
    const en = said(cardOf(s, ITEM_3B, null, 'en'));
    expect(en).toMatch(/In general: Approved unanimously/);
    expect(en).toMatch(/the proposed change was adopted \(final text to be amended\)[\s\S]*not approved; it is not part of the agreement/);
    expect(titles(cardOf(s, ITEM_3B, cast.secretary.id, 'es'))).toEqual([]);
  });

  it('given rejected en lo general, then the parts are not voted separately and nobody is offered to vote them', () => {
    const s = session([
      ...reserved,
      command('OpenVote', cast.secretary, { voteId: voteId('g'), method: 'economica' }, 12),
      ballot(cast.chair, 'against', 12), ballot(cast.luis, 'against', 12), ballot(cast.sofia, 'in-favour', 12),
      command('CloseVote', cast.secretary, {}, 13),
    ]);
    const es = said(cardOf(s, ITEM_3B, null, 'es'));
    expect(es).toMatch(/En lo general: No aprobado/);
    expect(es).toMatch(/sin votación en lo particular: el punto no se aprobó en lo general/);
    expect(titles(cardOf(s, ITEM_3B, cast.secretary.id, 'es'))).toEqual([]);
  });

  it('given an excusa, then the item card lists who and why, and the excused member is offered neither to excuse herself again nor to reserve a part', () => {
    const s = session([
      command('StartItem', cast.secretary, { number: N }, 10),
      command('RecordExcusal', cast.sofia, { number: N, reason: 'Conflicto de interés' }, 11),
    ]);
    expect(said(cardOf(s, ITEM_3B, null, 'es'))).toMatch(/\*\*Excusas\*\*","wrap":true,"spacing":"Medium"\},\{"type":"TextBlock","text":"• Sofía Consejera — Conflicto de interés"/);
    expect(said(cardOf(s, ITEM_3B, null, 'en'))).toMatch(/\*\*Excused from the vote\*\*[\s\S]*• Sofía Consejera — Conflicto de interés/);
    expect(titles(cardOf(s, ITEM_3B, cast.sofia.id, 'es'))).toEqual([]); // excused, she takes no part in the item: neither reserves nor excuses herself again
  });
});

describe('votes in parts on the vote card', () => {
  const VOTE = (id: string) => ({ card: 'vote' as const, voteId: id });

  it('given the vote en lo general, then it says so and which parts are left out', () => {
    const s = session([...reserved, command('OpenVote', cast.secretary, { voteId: voteId('g'), method: 'nominal' }, 12)]);
    const es = said(cardOf(s, VOTE('g'), null, 'es'));
    expect(es).toMatch(/Votación nominal · Punto 3\.b, en lo general/);
    expect(es).toMatch(/Se vota el proyecto en lo general, sin las partes reservadas: 1\. Punto resolutivo tercero · 2\. Considerando 12\./);
    expect(said(cardOf(s, VOTE('g'), null, 'en'))).toMatch(/Item 3\.b, in general[\s\S]*The draft is voted in general, without the parts reserved: 1\. Punto resolutivo tercero · 2\. Considerando 12\./);
  });

  it('given a vote en lo particular on a part with a proposal, then it names the part, who reserved it, the proposal and what in favour means', () => {
    const s = session([...approvedInGeneral, command('OpenVote', cast.secretary, { voteId: voteId('p1'), method: 'economica', reservationId: 'r1' }, 14)]);
    const es = said(cardOf(s, VOTE('p1'), null, 'es'));
    expect(es).toMatch(/Votación económica · Punto 3\.b, en lo particular: Punto resolutivo tercero/);
    expect(es).toMatch(/Reserva de Luis Consejero[\s\S]*Propuesta: «Sustituir «30 días» por «15 días hábiles»»/);
    expect(es).toMatch(/A favor: la propuesta de modificación; en contra: la redacción del proyecto\./);
    const en = said(cardOf(s, VOTE('p1'), null, 'en'));
    expect(en).toMatch(/Item 3\.b, separately: Punto resolutivo tercero[\s\S]*Reserved by Luis Consejero[\s\S]*In favour: the proposed change; against: the draft's wording\./);
    // the general vote's card is still found once a particular vote follows it
    expect(said(cardOf(s, VOTE('g'), null, 'es'))).toMatch(/Punto 3\.b, en lo general/);
  });

  it('given a part without a proposal voted en lo particular, then in favour keeps it as drafted', () => {
    const s = session([...approvedInGeneral, command('OpenVote', cast.secretary, { voteId: voteId('p2'), method: 'economica', reservationId: 'r2' }, 14)]);
    expect(said(cardOf(s, VOTE('p2'), null, 'es'))).toMatch(/A favor: la parte reservada en los términos del proyecto; en contra: se suprime del acuerdo\./);
    expect(said(cardOf(s, VOTE('p2'), null, 'en'))).toMatch(/In favour: the reserved part as drafted; against: it is removed from the agreement\./);
  });

  it('given a member excused, then the vote card names them as excused, and they get no ballot buttons', () => {
    const s = session([
      command('RecordExcusal', cast.secretary, { number: N, memberId: cast.sofia.id, reason: 'Parentesco' }, 9),
      command('StartItem', cast.secretary, { number: N }, 10),
      command('OpenVote', cast.secretary, { voteId: voteId('v'), method: 'nominal' }, 12),
    ]);
    expect(said(cardOf(s, VOTE('v'), null, 'es'))).toMatch(/Excusado\(a\): Sofía Consejera/);
    expect(said(cardOf(s, VOTE('v'), null, 'en'))).toMatch(/Excused: Sofía Consejera/);
    // the ballots, wherever the card puts them (a row of their own in its body)
    const ballots = (card: AdaptiveCardJson) => (JSON.stringify(card).match(/"title":"[^"]+","verb":"ballot"/g) ?? []).map((m) => m.slice(9, m.indexOf('","verb')));
    expect(ballots(cardOf(s, VOTE('v'), cast.sofia.id, 'es'))).toEqual([]);
    expect(ballots(cardOf(s, VOTE('v'), cast.luis.id, 'es'))).toEqual(['A favor', 'En contra', 'Abstención']);
  });

  describe('given item 3.b approved by majority with Luis against (closed at 12:43 h in Mexico City)', () => {
    const voted = [
      command('StartItem', cast.secretary, { number: N }, 10),
      command('OpenVote', cast.secretary, { voteId: voteId('v'), method: 'nominal' }, 12),
      ballot(cast.chair, 'in-favour', 12), ballot(cast.luis, 'against', 12), ballot(cast.sofia, 'in-favour', 12),
      command('CloseVote', cast.secretary, {}, 13),
    ];

    it('then each voter is offered the opinions their ballot fits; the secretary and the shared view none', () => {
      const s = session(voted);
      expect(titles(cardOf(s, VOTE('v'), cast.luis.id, 'es'))).toEqual(['Voto particular', 'Voto razonado']);
      expect(titles(cardOf(s, VOTE('v'), cast.chair.id, 'es'))).toEqual(['Voto concurrente', 'Voto razonado']);
      expect(titles(cardOf(s, VOTE('v'), cast.sofia.id, 'en'))).toEqual(['Concurring opinion', 'Reasoned opinion']);
      expect(titles(cardOf(s, VOTE('v'), cast.secretary.id, 'es'))).toEqual([]);
      expect(titles(cardOf(s, VOTE('v'), null, 'es'))).toEqual([]);
    });

    it('when Luis announces a voto particular, then the card lists it with its due date in the body\'s time zone, and he is not offered it again', () => {
      const s = session([...voted, command('AnnounceSeparateOpinion', cast.luis, { opinionId: 'o1', kind: 'particular' }, 14)]);
      expect(said(cardOf(s, VOTE('v'), null, 'es'))).toMatch(/\*\*Votos particulares, concurrentes y razonados\*\*[\s\S]*• Luis Consejero — Voto particular · se presenta a más tardar el miércoles 26 de junio de 2024, 12:43 horas/);
      expect(said(cardOf(s, VOTE('v'), null, 'en'))).toMatch(/\*\*Dissenting, concurring and reasoned opinions\*\*[\s\S]*• Luis Consejero — Dissenting opinion · to be filed by Wednesday, June 26, 2024, 12:43/);
      expect(titles(cardOf(s, VOTE('v'), cast.luis.id, 'es'))).toEqual(['Voto razonado']);
    });

    it('when its document is filed, then the card links it', () => {
      const s = session([
        ...voted,
        command('AnnounceSeparateOpinion', cast.luis, { opinionId: 'o1', kind: 'particular' }, 14),
        command('FileSeparateOpinion', cast.luis, { opinionId: 'o1', url: 'https://ieecm.sharepoint.com/voto(1).pdf' }, 15),
      ]);
      expect(said(cardOf(s, VOTE('v'), null, 'es'))).toMatch(/• Luis Consejero — Voto particular · \[documento presentado\]\(https:\/\/ieecm\.sharepoint\.com\/voto%281%29\.pdf\)/);
      expect(said(cardOf(s, VOTE('v'), null, 'en'))).toMatch(/\[filed document\]\(https:\/\/ieecm\.sharepoint\.com\/voto%281%29\.pdf\)/);
    });
  });
});

describe('cards of votes in parts stay valid and under 40 KB: 60 voters, 20 parts reserved with long proposals, 60 opinions', () => {
  const LONG = 'Se propone sustituir la redacción del proyecto por una que precise los plazos, las áreas responsables y los mecanismos de seguimiento '.repeat(15).slice(0, 2000);
  const agenda: AgendaItemDraft[] = [{ number: '1', title: 'Proyecto de acuerdo por el que se aprueban los lineamientos', kind: 'vote' }];
  const voters = Array.from({ length: 60 }, (_, i) => ({ id: `aad-voter-${i}` as never, name: `Consejera Electoral Número ${i + 1}`, role: 'voting-member' as const }));
  const actor = (i: number) => ({ id: voters[i]!.id, name: voters[i]!.name });
  const events = run([
    createSession(cast.secretary, { agendaApprovalRequired: false }, agenda),
    command('AssignRoles', cast.secretary, { members: voters }),
    command('StartRollCall', cast.secretary, {}),
    ...voters.map((v) => command('MarkAttendance', cast.secretary, { memberId: v.id, present: true })),
    command('StartSession', cast.secretary, {}),
    command('StartItem', cast.secretary, { number: item('1') }),
    ...Array.from({ length: 20 }, (_, i) => command('ReservePart', actor(i), { reservationId: `r${i}`, part: `Considerando ${i + 1} y sus incisos`, proposal: LONG })),
    ...voters.slice(40, 50).map((_, i) => command('RecordExcusal', actor(40 + i), { number: item('1'), reason: LONG.slice(0, 300) })),
    command('OpenVote', cast.secretary, { voteId: voteId('g'), method: 'nominal' }),
    ...voters.slice(0, 40).map((_, i) => command('CastBallot', actor(i), { choice: i % 3 === 0 ? 'against' : 'in-favour' })),
    ...voters.slice(50).map((_, i) => command('CastBallot', actor(50 + i), { choice: 'in-favour' })),
    command('CloseVote', cast.secretary, {}),
    ...voters.slice(0, 40).map((_, i) => command('AnnounceSeparateOpinion', actor(i), { opinionId: `o${i}`, kind: 'razonado' })),
    ...voters.slice(0, 40).filter((_, i) => i % 3 === 0).map((_, j) => command('AnnounceSeparateOpinion', actor(j * 3), { opinionId: `p${j}`, kind: 'particular' })),
    command('OpenVote', cast.secretary, { voteId: voteId('p0'), method: 'economica', reservationId: 'r0' }),
  ]);
  const state = fold(events);
  const view = toSessionView(state, events.length);
  for (const who of [null, cast.secretary.id, voters[0]!.id, voters[45]!.id]) {
    for (const lang of ['es', 'en'] as const) {
      it(`as ${who ?? 'everyone'} sees them (${lang})`, () => {
        for (const ref of [{ card: 'item' as const, number: '1' }, { card: 'vote' as const, voteId: 'g' }, { card: 'vote' as const, voteId: 'p0' }]) {
          const card = renderCard(view, state, ref, who === null ? EVERYONE : viewerOf(view, who), lang, voters.map((v) => `29:${v.id}`))!;
          expect(cardProblems(card)).toEqual([]);
          expect(cardBytes(card)).toBeLessThan(40 * 1024);
        }
      });
    }
  }
});
