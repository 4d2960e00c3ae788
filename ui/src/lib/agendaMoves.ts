// Where an agenda item goes when the officer moves it. Positions count the item's siblings (items under
// the same parent) from 0 without the item itself, as `move_agenda_item` takes them.
import type { AgendaEntry, AgendaPlace } from '../ipc/bindings';

function siblings(entries: readonly AgendaEntry[], entry: AgendaEntry): AgendaEntry[] {
  return entries.filter((e) => e.item.parent_id === entry.item.parent_id);
}

export function hasSubItems(entries: readonly AgendaEntry[], entry: AgendaEntry): boolean {
  return entries.some((e) => e.item.parent_id === entry.item.id);
}

/** One place earlier among its siblings; null for the first. */
export function upPlace(entries: readonly AgendaEntry[], entry: AgendaEntry): AgendaPlace | null {
  const index = siblings(entries, entry).indexOf(entry);
  return index > 0 ? { parent_id: entry.item.parent_id, position: index - 1 } : null;
}

/** One place later among its siblings; null for the last. */
export function downPlace(entries: readonly AgendaEntry[], entry: AgendaEntry): AgendaPlace | null {
  const all = siblings(entries, entry);
  const index = all.indexOf(entry);
  return index >= 0 && index < all.length - 1 ? { parent_id: entry.item.parent_id, position: index + 1 } : null;
}

/**
 * The last sub-item of the item above: for a top-level item after another that has no sub-items of its
 * own (nesting is one level deep).
 */
export function indentPlace(entries: readonly AgendaEntry[], entry: AgendaEntry): AgendaPlace | null {
  if (entry.item.parent_id !== null || hasSubItems(entries, entry)) return null;
  const all = siblings(entries, entry);
  const above = all[all.indexOf(entry) - 1];
  return above ? { parent_id: above.item.id, position: null } : null;
}

/** A sub-item becomes the top-level item right after its parent. */
export function outdentPlace(entries: readonly AgendaEntry[], entry: AgendaEntry): AgendaPlace | null {
  const parentId = entry.item.parent_id;
  if (parentId === null) return null;
  const tops = entries.filter((e) => e.item.parent_id === null);
  const index = tops.findIndex((e) => e.item.id === parentId);
  return index >= 0 ? { parent_id: null, position: index + 1 } : null;
}

/** Where on a row an item is dropped: above it, below it, or into it as its last sub-item. */
export type DropZone = 'before' | 'after' | 'into';

/**
 * The place `dragged` takes when dropped at `zone` of `target`, or null where it cannot go: on itself, on
 * its own sub-items, into a sub-item or an item with sub-items into another (nesting is one level deep).
 * Before and after keep the target's parent, except where the line drawn says otherwise: the line under a row
 * with sub-items is above its first sub-item (so the item becomes that), and for an item that cannot nest
 * the line under the last sub-item of a group is the end of the group.
 */
export function dropPlace(
  entries: readonly AgendaEntry[],
  dragged: AgendaEntry,
  target: AgendaEntry,
  zone: DropZone,
): AgendaPlace | null {
  if (dragged.item.id === target.item.id || target.item.parent_id === dragged.item.id) return null;
  const nestable = !hasSubItems(entries, dragged);
  if (zone === 'into') return nestable && target.item.parent_id === null ? { parent_id: target.item.id, position: null } : null;
  if (zone === 'after' && hasSubItems(entries, target)) return nestable ? { parent_id: target.item.id, position: 0 } : null;
  const without = (of: AgendaEntry) => siblings(entries, of).filter((e) => e.item.id !== dragged.item.id);
  const group = without(target);
  const index = group.indexOf(target);
  if (target.item.parent_id !== null && !nestable) {
    if (zone === 'before' || index < group.length - 1) return null;
    const parent = entries.find((e) => e.item.id === target.item.parent_id);
    return parent ? { parent_id: null, position: without(parent).indexOf(parent) + 1 } : null;
  }
  return { parent_id: target.item.parent_id, position: zone === 'before' ? index : index + 1 };
}

/**
 * The zone under the pointer, `fraction` of the way down the row: the top and bottom quarters are before and
 * after, the middle is "into" where the item may nest there; otherwise the upper half is before. Null where
 * the item cannot go at all.
 */
export function dropZoneAt(
  entries: readonly AgendaEntry[],
  dragged: AgendaEntry,
  target: AgendaEntry,
  fraction: number,
): DropZone | null {
  const into = dropPlace(entries, dragged, target, 'into') !== null;
  const zone: DropZone = into && fraction > 0.25 && fraction < 0.75 ? 'into' : fraction < 0.5 ? 'before' : 'after';
  return dropPlace(entries, dragged, target, zone) ? zone : null;
}

/** Every way a row can move, null where it cannot. */
export type Places = {
  up: AgendaPlace | null;
  down: AgendaPlace | null;
  indent: AgendaPlace | null;
  outdent: AgendaPlace | null;
};

export function placesOf(entries: readonly AgendaEntry[], entry: AgendaEntry): Places {
  return {
    up: upPlace(entries, entry),
    down: downPlace(entries, entry),
    indent: indentPlace(entries, entry),
    outdent: outdentPlace(entries, entry),
  };
}
