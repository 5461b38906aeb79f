import { createTempStore, type TempStore } from '../../tests/support/temp-store';
import { AgendaDrafts } from './agenda-drafts';

const agenda = { header: { body: null, title: 'Sesión', kind: null, date: null, time: null, modality: null }, items: [], warnings: [] } as never;

describe('orders of the day waiting to be confirmed', () => {
  let temp: TempStore;
  let drafts: AgendaDrafts;
  beforeEach(async () => {
    temp = createTempStore();
    drafts = new AgendaDrafts(temp.store);
    await drafts.save({ id: 'd1', conversationId: '19:chat', meetingId: 'meeting-1', agenda, by: 'aad-marta', language: 'es' });
  });
  afterEach(() => temp.cleanup());

  it('given two clicks that read the draft pending, when one confirms it, then the other cannot discard it: the draft stays confirmed', async () => {
    const confirming = (await drafts.load('d1'))!;
    const discarding = (await drafts.load('d1'))!;
    expect(await drafts.finish('d1', confirming.version, { type: 'DraftConfirmed', sessionId: 's-1' })).toBe(true);
    expect(await drafts.finish('d1', discarding.version, { type: 'DraftDiscarded' })).toBe(false);
    expect(await drafts.load('d1')).toMatchObject({ status: 'confirmed', sessionId: 's-1' });
  });
});
