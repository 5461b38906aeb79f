/**
 * A complete session played in a simulated meeting: the order of the day, the roster, the roll call, the start,
 * every item in order (a debate on the first item put to a vote, votes with ballots from the voting members,
 * agreements, a recess, a general matter), the closing and the minutes. It follows whatever agenda it is given.
 */
import { DEMO_PEOPLE, type SimulatedMeeting } from './simulated-meeting';

const { secretary, chair, luis, sofia, pedro, gina } = DEMO_PEOPLE;
const MAX_STEPS = 200;

export async function playDemoSession(m: SimulatedMeeting, agendaText: string, lang: 'es' | 'en'): Promise<string> {
  const es = lang === 'es';
  await m.say(secretary, `${es ? 'orden del día' : 'agenda'}\n${agendaText}`);
  const draft = m.lastCard()?.card;
  const draftId = draft?.actions?.[0]?.data?.draftId;
  if (!draftId) throw new Error(es ? 'Sesiona no reconoció un orden del día en ese texto.' : 'Sesiona did not recognise an order of the day in that text.');
  await m.click(secretary, es ? 'Crear la sesión' : 'Create the session', 'confirm-agenda', { card: 'draft', draftId });
  const sessionId = await m.sessionId();
  if (!sessionId) throw new Error(es ? 'La sesión no se creó; revisa el orden del día.' : 'The session was not created; check the order of the day.');

  await m.say(secretary, es ? 'presidencia' : 'chair', [chair]);
  await m.say(secretary, es ? 'integrantes' : 'members', [luis, sofia]);
  await m.say(secretary, es ? 'representantes' : 'representatives', [pedro]);
  await m.say(secretary, es ? 'invitados' : 'guests', [gina]);

  await m.say(secretary, es ? 'pase de lista' : 'roll call');
  for (const p of [chair, luis, sofia, pedro]) await m.click(p, es ? 'Presente' : 'Present', 'present', { card: 'roll-call' });
  await m.say(secretary, es ? 'iniciar sesión' : 'start session');
  // the order of the day is approved by a vote before any item
  await m.click(secretary, es ? 'Votar el orden del día' : 'Vote on the agenda', 'command', { card: 'agenda', command: 'approve-agenda' });
  const agendaVote = (await m.view())!.openVote?.id;
  for (const p of [chair, luis, sofia]) await m.click(p, es ? 'A favor' : 'In favour', 'ballot', { card: 'vote', voteId: agendaVote, choice: 'in-favour' });
  await m.say(secretary, es ? 'cerrar votación' : 'close vote');

  let votes = 0;
  let recessDone = false;
  let generalDone = false;
  let previous: string | null = null;
  for (let step = 0; step < MAX_STEPS; step++) {
    await m.say(secretary, es ? 'siguiente' : 'next');
    const view = (await m.view())!;
    const current = view.currentItem;
    if (!current || current === previous) break;
    previous = current;
    const item = flatten(view.agenda).find((i) => i.number === current)!;
    if (item.kind === 'vote') {
      const nominal = votes === 0;
      if (votes === 0) await debate(m, es);
      await m.say(secretary, es ? `votación${nominal ? ' nominal' : ''}` : `vote${nominal ? ' nominal' : ''}`);
      const voteId = (await m.view())!.openVote?.id;
      const choices: [typeof chair, 'in-favour' | 'against' | 'abstain'][] = [[chair, 'in-favour'], [luis, 'in-favour'], [sofia, votes === 0 ? 'abstain' : 'in-favour']];
      for (const [p, choice] of choices) {
        const label = { 'in-favour': es ? 'A favor' : 'In favour', against: es ? 'En contra' : 'Against', abstain: es ? 'Abstención' : 'Abstain' }[choice];
        await m.click(p, label, 'ballot', { card: 'vote', voteId, choice });
      }
      if ((await m.view())!.openVote) await m.say(secretary, es ? 'cerrar votación' : 'close vote');
      await m.say(secretary, es
        ? `acuerdo: Publicar lo aprobado en el punto ${current} en los estrados y en el portal del Instituto. Responsable: Secretaría Técnica. Plazo: 2024-07-31`
        : `agreement: Publish what was approved in item ${current} on the notice board and the Institute's website. Responsible: Technical Secretariat. Due: 2024-07-31`);
      votes++;
    }
    if (item.kind === 'general' && !generalDone) {
      generalDone = true;
      await m.say(secretary, es ? 'asunto general: Calendario de sesiones del segundo semestre' : 'general matter: Calendar of sessions for the second half');
    }
    if (!recessDone && step === 2) {
      recessDone = true;
      await departureAndReturn(m, es);
    }
  }
  await m.say(secretary, es ? 'clausura' : 'close session');
  await m.say(secretary, es ? 'minuta' : 'minutes');
  await m.printMinutesDebate(sessionId);
  return sessionId;
}

/**
 * A short debate on the item under way, with time passing as the speakers talk: two members ask for the floor; the
 * first speaks, declines a moción al orador and is given a minute more; the round closes with the second still
 * waiting, who asks again, speaks in the second round and goes beyond its limit (recorded, not cut off).
 */
async function debate(m: SimulatedMeeting, es: boolean): Promise<void> {
  await m.say(luis, es ? 'pedir la palabra' : 'ask for the floor');
  await m.say(pedro, es ? 'pedir la palabra' : 'ask for the floor');
  await m.say(secretary, es ? 'siguiente orador' : 'next speaker');
  await m.pass(120);
  await m.say(sofia, es ? 'moción al orador ¿Puede precisar la fuente de las cifras?' : 'motion to the speaker Could you give the source of the figures?');
  await m.say(luis, es ? 'no acepto la moción' : 'I decline the motion');
  await m.pass(460);
  await m.say(secretary, es ? 'ampliar tiempo 1 min' : 'extend time 1 min');
  await m.pass(60);
  await m.say(luis, es ? 'terminar mi intervención' : 'end my intervention');
  await m.say(secretary, es ? 'cerrar ronda' : 'close round');
  await m.say(pedro, es ? 'pedir la palabra' : 'ask for the floor');
  await m.say(secretary, es ? 'siguiente orador' : 'next speaker');
  await m.pass(320);
  await m.say(pedro, es ? 'terminar mi intervención' : 'end my intervention');
  await m.say(secretary, es ? 'cerrar ronda' : 'close round');
}

/**
 * Two commissioners drop out of the meeting: Teams tells the bot, the secretary is told once and records the
 * departures from the notice, quorum is lost, a recess; they come back, their return is recorded, the session resumes.
 */
async function departureAndReturn(m: SimulatedMeeting, es: boolean): Promise<void> {
  await m.meetingPresence('leave', [luis, sofia]);
  const record = (await m.secretaryButtons(/Salidas de la reunión|Left the meeting/)).find((b) => b.data.command === 'record-presence');
  if (record) await m.click(secretary, record.title, record.verb, record.data);
  else await m.say(secretary, es ? 'salida' : 'left', [luis, sofia]);
  await m.say(secretary, es ? 'votación' : 'vote');
  await m.say(secretary, es ? 'receso por falta de quórum' : 'recess lack of quorum');
  await m.meetingPresence('join', [luis, sofia]);
  await m.say(secretary, es ? 'regresa' : 'returned', [luis, sofia]);
  await m.say(secretary, es ? 'reanudar' : 'resume');
}

interface Flat { number: string; kind: string; items: Flat[] }
function flatten(items: Flat[]): Flat[] {
  return items.flatMap((i) => [i, ...flatten(i.items)]);
}
