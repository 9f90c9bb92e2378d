/**
 * Field records not yet saved (a visit, an act of help), kept on the phone (IndexedDB) as they are
 * typed, photo included, so that nothing is lost when the connection drops, the browser is closed
 * or the phone ends the page. One draft per user, form and family; it goes once the record is
 * saved or discarded, and every draft goes at sign-out (a phone may be shared). Where IndexedDB
 * is unavailable, nothing is kept.
 */
const DATABASE = 'bangfu-field';
const STORE = 'drafts';

/** The field forms that keep drafts. */
export type DraftForm = 'visit' | 'help';

export interface Draft<Values> {
  readonly values: Values;
  readonly photo: { readonly blob: Blob; readonly name: string } | null;
  /** When it was last written (ISO instant). */
  readonly savedAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openStore(): Promise<IDBDatabase> {
  const req = indexedDB.open(DATABASE, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** Run one operation on the store; null when IndexedDB cannot be used here. */
async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | null> {
  try {
    const db = await openStore();
    try {
      return await request(run(db.transaction(STORE, mode).objectStore(STORE)));
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

const keyOf = (form: DraftForm, userId: string, householdId: string) =>
  `${userId}/${form}/${householdId}`;

export async function readDraft<Values>(
  form: DraftForm,
  userId: string,
  householdId: string,
): Promise<Draft<Values> | null> {
  const found: unknown = await withStore('readonly', (s) =>
    s.get(keyOf(form, userId, householdId)),
  );
  return (found as Draft<Values> | undefined) ?? null;
}

export async function writeDraft<Values>(
  form: DraftForm,
  userId: string,
  householdId: string,
  draft: Draft<Values>,
): Promise<void> {
  await withStore('readwrite', (s) => s.put(draft, keyOf(form, userId, householdId)));
}

export async function dropDraft(
  form: DraftForm,
  userId: string,
  householdId: string,
): Promise<void> {
  await withStore('readwrite', (s) => s.delete(keyOf(form, userId, householdId)));
}

/** Forget every draft on this phone (at sign-out). */
export async function dropAllDrafts(): Promise<void> {
  await withStore('readwrite', (s) => s.clear());
}
