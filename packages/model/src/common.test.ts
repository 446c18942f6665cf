import { expect } from '@open-wc/testing';
import { ISSUE_CODES, createNetworkMap, createWellbeingCheck, newId, snapshotNetworkMap } from './index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const author = { name: 'Mette Holm', role: 'pædagog' };
const child = { id: 'child-1', displayName: 'Ida', context: 'skole' as const };

/** Hides `crypto.randomUUID` (and optionally `getRandomValues`) as on a page without a secure context. */
function withoutSecureContext<T>(run: () => T, alsoGetRandomValues = false): T {
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
  if (alsoGetRandomValues) Object.defineProperty(crypto, 'getRandomValues', { value: undefined, configurable: true, writable: true });
  try {
    return run();
  } finally {
    delete (crypto as { randomUUID?: unknown }).randomUUID;
    delete (crypto as { getRandomValues?: unknown }).getRandomValues;
  }
}

describe('newId', () => {
  it('is a UUID v4 with crypto.randomUUID', () => {
    expect(newId()).to.match(UUID_V4);
    expect(newId()).not.to.equal(newId());
  });

  it('works without crypto.randomUUID (no secure context), with getRandomValues and with Math.random only', () => {
    for (const alsoGetRandomValues of [false, true]) {
      const ids = withoutSecureContext(() => {
        expect(typeof crypto.randomUUID).to.equal('undefined');
        return [newId(), newId()];
      }, alsoGetRandomValues);
      expect(ids[0]).to.match(UUID_V4);
      expect(ids[0]).not.to.equal(ids[1]);
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });

  it('creates records and network map snapshots without crypto.randomUUID', () => {
    withoutSecureContext(() => {
      expect(createWellbeingCheck({ author, child }).id).to.match(UUID_V4);
      const map = createNetworkMap({ author, child });
      expect(snapshotNetworkMap(map, '2026-11-22').versions[0]!.id).to.match(UUID_V4);
    }, true);
  });
});

describe('ISSUE_CODES', () => {
  it('lists each stable code once, snake_case', () => {
    expect(new Set(ISSUE_CODES).size).to.equal(ISSUE_CODES.length);
    for (const code of ISSUE_CODES) expect(code).to.match(/^[a-z]+(_[a-z]+)*$/);
    expect(ISSUE_CODES).to.include('unreadable_input');
  });
});
