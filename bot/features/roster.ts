/**
 * The roster: the secretary (or the meeting's organizer) names who takes part and in which role, by mentions after
 * the role's word («integrantes @Ana @Luis») or with a CSV file. Whether Teams says the person organised the meeting
 * is asked only when the record alone does not let them.
 */
import { asAadObjectId, type SessionCommand, type SessionRole } from '../../src/domain';
import { ROLE_NAMES } from '../../src/i18n/words';
import type { Language } from '../i18n/language';
import { GUID, parseRosterFile } from '../roster-file';
import type { Turn } from '../turn';
import type { BotKit } from './kit';
import { mentionedPeople } from './mentioned-people';

type Member = { id: string; name: string; role: SessionRole };

export class Roster {
  constructor(private readonly kit: BotKit) {}

  async fromMentions(turn: Turn, role: SessionRole): Promise<void> {
    if (turn.mentions.length === 0) {
      const es = turn.facts.lang === 'es';
      this.kit.replies.say(turn.facts, { es: `Menciona a las personas después del rol, por ejemplo «@Sesiona ${es ? 'integrantes' : 'members'} @Ana @Luis».`, en: 'Mention the people after the role, for example "@Sesiona members @Ana @Luis".' });
      return;
    }
    const found = await mentionedPeople(this.kit, turn);
    if (!found.ok) {
      this.kit.replies.say(turn.facts, { es: `No pude obtener el identificador de ${found.unknown} en Teams; no se cambió la integración.`, en: `I could not get ${found.unknown}'s Teams identity; the roster was not changed.` });
      return;
    }
    await this.assign(turn, found.people.map((p) => ({ id: p.id, name: p.name, role })));
  }

  async fromFile(turn: Turn, content: string): Promise<void> {
    const parsed = parseRosterFile(content);
    if (!parsed.ok) {
      this.kit.replies.say(turn.facts, parsed.message);
      return;
    }
    const members: Member[] = [];
    for (const p of parsed.people) {
      const found = GUID.test(p.who) ? { aadObjectId: p.who, teamsUserId: '' } : await turn.teams.member(p.who);
      if (!found?.aadObjectId) {
        this.kit.replies.say(turn.facts, { es: `Línea ${p.line}: no encontré a «${p.who}» en esta conversación de Teams. Agrégala a la reunión o usa su id de Entra ID.`, en: `Line ${p.line}: I could not find "${p.who}" in this Teams conversation. Add them to the meeting or use their Entra ID object id.` });
        return;
      }
      if (found.teamsUserId) await this.kit.people.saw(turn.facts.conversationId, { aadObjectId: found.aadObjectId, teamsUserId: found.teamsUserId, name: p.name });
      members.push({ id: found.aadObjectId, name: p.name, role: p.role });
    }
    await this.assign(turn, members);
  }

  private async assign(turn: Turn, members: Member[]): Promise<void> {
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) {
      this.kit.replies.text(turn.facts, session.message);
      return;
    }
    const command = (isMeetingOrganizer: boolean): SessionCommand => ({
      type: 'AssignRoles', actor: { ...turn.actor, isMeetingOrganizer }, now: this.kit.clock(),
      data: { members: members.map((m) => ({ ...m, id: asAadObjectId(m.id) })) },
    });
    let outcome = await this.kit.path.execute(turn, session.sessionId, command(false));
    if (!outcome.ok && outcome.reason === 'NotAuthorized') {
      // the record does not let them: does Teams say they organised the meeting?
      const organizer = await turn.teams.isOrganizer(turn.facts.meetingId, turn.actor.id, turn.facts.tenantId);
      if (organizer) outcome = await this.kit.path.execute(turn, session.sessionId, command(true));
      else if (organizer === null && turn.facts.meetingId) {
        this.kit.replies.say(turn.facts, {
          es: 'No pude consultar tu rol en la reunión (la API de reuniones de Teams no está disponible aquí), así que solo la Secretaría Técnica puede cambiar la integración.',
          en: 'I could not check your meeting role (the Teams meeting API is not available here), so only the technical secretary can change the roster.',
        });
      }
    }
    if (!outcome.ok) {
      this.kit.replies.text(turn.facts, outcome.message);
      return;
    }
    const names = (lang: Language) => members.map((m) => `${m.name} (${ROLE_NAMES[m.role][lang]})`).join(', ');
    this.kit.replies.say(turn.facts, { es: `Integración actualizada: ${names('es')}.`, en: `Roster updated: ${names('en')}.` });
  }
}
