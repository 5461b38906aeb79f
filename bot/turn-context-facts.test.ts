import { activityKeyOf } from './turn-context-facts';

describe('the idempotency key of an activity', () => {
  it('given an activity with an id, then the key is its conversation and id (a redelivery has the same key)', () => {
    expect(activityKeyOf('19:meeting_1@thread.v2', 'f:123', 'aad-ana')).toBe('19:meeting_1@thread.v2|f:123');
    expect(activityKeyOf('19:meeting_1@thread.v2', 'f:123', 'aad-luis')).toBe(activityKeyOf('19:meeting_1@thread.v2', 'f:123', 'aad-ana'));
  });

  it('given two people\'s activities without an id in the same conversation, then their keys differ (neither is taken for a redelivery)', () => {
    const ana = activityKeyOf('19:meeting_1@thread.v2', undefined, 'aad-ana');
    const luis = activityKeyOf('19:meeting_1@thread.v2', undefined, 'aad-luis');
    expect(ana).not.toBe(luis);
    expect(ana).toMatch(/^19:meeting_1@thread\.v2\|aad-ana\|no-id-/);
    expect(activityKeyOf('19:meeting_1@thread.v2', undefined, 'aad-ana')).not.toBe(ana);
  });

  it('given a long conversation id, then the key is hashed to fit the store, and still tells activities apart', () => {
    const conversation = `a:${'x'.repeat(238)}`;
    const one = activityKeyOf(conversation, 'f:1', 'aad-ana');
    expect(one).toMatch(/^sha256:[\w-]{43}$/);
    expect(activityKeyOf(conversation, 'f:1', 'aad-ana')).toBe(one);
    expect(activityKeyOf(conversation, 'f:2', 'aad-ana')).not.toBe(one);
  });
});
