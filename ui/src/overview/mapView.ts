// The arithmetic of the pairing map: where a pairing's line runs, and which part of the map a zoom shows.
import { geometry } from './mapGeometry';

export type ViewBox = [number, number, number, number];

/** How far the map zooms: until Uzbekistan fills the frame. */
export const MAX_ZOOM = Math.min(geometry.width / geometry.uzbekistan[2], geometry.height / geometry.uzbekistan[3]);

/** One step of the buttons, the wheel and the keys. */
export const ZOOM_STEP = 1.5;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(1, zoom));
}

/**
 * The part of the map shown at `zoom` (1: the whole of both countries): zooming in heads for Uzbekistan, whose
 * frame is what the deepest zoom shows, so the Uzbek regions spread apart while the lines keep their direction.
 * At every step Uzbekistan stays whole in view: the zoom is for its regions.
 */
export function viewAt(zoom: number): ViewBox {
  const z = clampZoom(zoom);
  const { width, height } = geometry;
  const [ux, uy, uw, uh] = geometry.uzbekistan;
  const t = MAX_ZOOM > 1 ? (z - 1) / (MAX_ZOOM - 1) : 0;
  const w = width / z;
  const h = height / z;
  const cx = width / 2 + (ux + uw / 2 - width / 2) * t;
  const cy = height / 2 + (uy + uh / 2 - height / 2) * t;
  const keep = (start: number, from: number, size: number, view: number) =>
    Math.min(from, Math.max(from + size - view, start));
  const x = Math.min(width - w, Math.max(0, keep(cx - w / 2, ux, uw, w)));
  const y = Math.min(height - h, Math.max(0, keep(cy - h / 2, uy, uh, h)));
  return [round(x), round(y), round(w), round(h)];
}

/** A gentle arc from the Uzbek region to the Russian one, bowed to the left of its direction. */
export function arc(from: [number, number], to: [number, number]): string {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const bow = 0.18;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bow;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bow;
  return `M${round(x1)} ${round(y1)}Q${round(cx)} ${round(cy)} ${round(x2)} ${round(y2)}`;
}

const round = (n: number) => Math.round(n * 100) / 100;
