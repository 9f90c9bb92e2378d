/**
 * Idempotency keys for the creates of one form. A phone may lose the answer to a save that the
 * server committed; sent again with the same key and body, the save answers with the first
 * record instead of making a second. The same body gets the same key; a changed body (the user
 * edited the form after a failure) or a create after a success gets a new one, so the server
 * never refuses a key for a different request.
 */
import { useState } from 'react';

/** 32 hex digits from the browser's random source (available on plain http too). */
export function newRequestKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface RequestKeys {
  /** The key for sending this body: the last one when the body is unchanged. */
  keyFor(body: unknown): string;
  /** The create succeeded: the next create of this form is a new record. */
  done(): void;
}

/** Keys for a run of creates (the hook below keeps one per mounted form). */
export function createRequestKeys(): RequestKeys {
  let last: { body: string; key: string } | null = null;
  return {
    keyFor(body) {
      const json = JSON.stringify(body);
      if (last?.body !== json) {
        last = { body: json, key: newRequestKey() };
      }
      return last.key;
    },
    done() {
      last = null;
    },
  };
}

/** The keys of one form's creates (one per mounted form). */
export function useRequestKeys(): RequestKeys {
  return useState(createRequestKeys)[0];
}
