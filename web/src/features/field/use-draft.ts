/**
 * The draft of one field form (see drafts.ts): restored when the form opens, written as the cadre
 * types (a moment after the last change, and at once when the page closes), dropped when the
 * record is saved or the cadre discards it.
 */
import { useEffect, useRef, useState } from 'react';
import { dropDraft, readDraft, writeDraft, type Draft, type DraftForm } from './drafts';

/** How long after the last change the draft is written. */
const QUIET_MS = 300;

interface State<Values> {
  form: DraftForm;
  userId: string;
  householdId: string;
  /** The stored draft has been read (and applied): from now on changes are kept. */
  loaded: boolean;
  /** The record was saved: nothing more is kept. */
  finished: boolean;
  pending: Draft<Values> | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function flush<Values>(s: State<Values>): void {
  clearTimeout(s.timer);
  s.timer = undefined;
  const draft = s.pending;
  s.pending = null;
  if (draft && !s.finished) {
    void writeDraft(s.form, s.userId, s.householdId, draft);
  }
}

export interface DraftControl<Values> {
  /** When the restored draft was last written; null when the form opened empty. */
  readonly restoredAt: string | null;
  /** Keep the form as it is now. */
  keep(values: Values, photo?: File | null): void;
  /** The record is saved: drop the draft and keep nothing more. */
  finish(): Promise<void>;
  /** Start again: drop the draft, keep what is typed from now on. */
  discard(): Promise<void>;
}

/**
 * `restore` applies a stored draft to the form and says whether it did (it should not when the
 * cadre has already started typing).
 */
export function useDraft<Values>(
  form: DraftForm,
  userId: string,
  householdId: string,
  restore: (draft: Draft<Values>) => boolean,
): DraftControl<Values> {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const state = useRef<State<Values>>({
    form,
    userId,
    householdId,
    loaded: false,
    finished: false,
    pending: null,
    timer: undefined,
  });
  const apply = useRef(restore);
  apply.current = restore;
  useEffect(() => {
    const s = state.current;
    let live = true;
    void readDraft<Values>(s.form, s.userId, s.householdId).then((draft) => {
      if (!live) {
        return;
      }
      if (draft && apply.current(draft)) {
        setRestoredAt(draft.savedAt);
      }
      s.loaded = true;
    });
    return () => {
      live = false;
      flush(s);
    };
  }, []);
  const s = state.current;
  return {
    restoredAt,
    keep(values, photo = null) {
      if (!s.loaded || s.finished) {
        return;
      }
      s.pending = {
        values,
        photo: photo ? { blob: photo, name: photo.name } : null,
        savedAt: new Date().toISOString(),
      };
      clearTimeout(s.timer);
      s.timer = setTimeout(() => flush(s), QUIET_MS);
    },
    async finish() {
      s.finished = true;
      s.pending = null;
      clearTimeout(s.timer);
      await dropDraft(s.form, s.userId, s.householdId);
    },
    async discard() {
      s.pending = null;
      clearTimeout(s.timer);
      setRestoredAt(null);
      await dropDraft(s.form, s.userId, s.householdId);
    },
  };
}
