/** Void a measures record entered in error, asking for the reason (see ui/void-confirm). */
import { useVoidConfirm as useVoidConfirmWith } from '../../ui/void-confirm';

export function useVoidConfirm() {
  return useVoidConfirmWith('measures.void');
}
