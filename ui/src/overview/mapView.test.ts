import { describe, expect, it } from 'vitest';
import { geometry } from './mapGeometry';
import { MAX_ZOOM, ZOOM_STEP, viewAt } from './mapView';

describe('the map zoom', () => {
  it('keeps the whole of Uzbekistan in view at every step, the whole map at the first', () => {
    expect(viewAt(1)).toEqual([0, 0, geometry.width, geometry.height]);
    const [ux, uy, uw, uh] = geometry.uzbekistan;
    for (let zoom = 1; zoom <= MAX_ZOOM; zoom *= ZOOM_STEP) {
      const [x, y, w, h] = viewAt(zoom);
      expect(x).toBeLessThanOrEqual(ux + 0.01);
      expect(y).toBeLessThanOrEqual(uy + 0.01);
      expect(x + w).toBeGreaterThanOrEqual(ux + uw - 0.01);
      expect(y + h).toBeGreaterThanOrEqual(uy + uh - 0.01);
    }
  });
});
