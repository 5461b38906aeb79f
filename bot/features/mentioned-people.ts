/**
 * The people a message mentions, with their Entra object id (from the mention, or asked of Teams) — remembered as
 * seen in the conversation, so their own views of the cards reach them.
 */
import type { BotKit } from './kit';
import type { Turn } from '../turn';

export interface Person {
  id: string;
  name: string;
  teamsUserId: string;
}

/** Everyone mentioned, or the name of the first one Teams could not identify. */
export async function mentionedPeople(kit: BotKit, turn: Turn): Promise<{ ok: true; people: Person[] } | { ok: false; unknown: string }> {
  const people: Person[] = [];
  for (const m of turn.mentions) {
    const aad = m.aadObjectId ?? (await turn.teams.member(m.id))?.aadObjectId;
    if (!aad) return { ok: false, unknown: m.name };
    people.push({ id: aad, name: m.name, teamsUserId: m.id });
  }
  for (const p of people) await kit.people.saw(turn.facts.conversationId, { aadObjectId: p.id, teamsUserId: p.teamsUserId, name: p.name });
  return { ok: true, people };
}
