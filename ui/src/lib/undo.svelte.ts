// One "Undo" offer for the whole window: a component that moved a record to the trash offers to bring it
// back, and the app shows the offer even after that component is gone (the decision's row disappears once
// it is deleted). A newer offer replaces the older one.

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

const current = $state<{ offer: UndoOffer | null }>({ offer: null });

/** The offer the app shows now, if any. */
export function undoOffer(): UndoOffer | null {
  return current.offer;
}

export function offerUndo(offer: UndoOffer): void {
  current.offer = offer;
}

export function dismissUndo(): void {
  current.offer = null;
}
