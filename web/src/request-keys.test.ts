import { describe, expect, it } from 'vitest';
import { createRequestKeys, newRequestKey } from './request-keys';

describe('idempotency keys for the creates of a form', () => {
  it('makes keys the server accepts, a new one each time', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newRequestKey()));
    expect(keys.size).toBe(100);
    for (const key of keys) {
      expect(key).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('sends the same key again for the same body, so the server knows the retry', () => {
    const keys = createRequestKeys();
    const body = { householdId: 'h1', topic: '走访入户' };
    const first = keys.keyFor(body);
    expect(keys.keyFor({ ...body })).toBe(first);
  });

  it('takes a new key when the user changed the form after a failure', () => {
    const keys = createRequestKeys();
    const first = keys.keyFor({ householdId: 'h1', topic: '走访入户' });
    const edited = keys.keyFor({ householdId: 'h1', topic: '走访入户，讲政策' });
    expect(edited).not.toBe(first);
    expect(keys.keyFor({ householdId: 'h1', topic: '走访入户，讲政策' })).toBe(edited);
  });

  it('takes a new key for the next record after a success, even with the same body', () => {
    const keys = createRequestKeys();
    const body = { householdId: 'h1', topic: '走访入户' };
    const first = keys.keyFor(body);
    keys.done();
    expect(keys.keyFor(body)).not.toBe(first);
  });
});
