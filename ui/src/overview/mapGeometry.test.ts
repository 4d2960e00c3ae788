// The file's size (at most 500 KB) is checked by the core's tests (tests/it/map.rs).
import { describe, expect, it } from 'vitest';
import shipped from '../../../assets/regions.json';
import { geometry, shapeOf } from './mapGeometry';

describe('the map geometry', () => {
  it('has an outline and a label point inside the frame for every region the register ships', () => {
    const missing = shipped.map((r) => r.iso_code).filter((iso) => shapeOf(iso) === undefined);
    expect(missing).toEqual([]);
    for (const r of shipped) {
      const shape = shapeOf(r.iso_code)!;
      expect(shape.d, r.iso_code).toMatch(/^M[\d. L]+Z/);
      const [x, y] = shape.c;
      expect(x > 0 && x < geometry.width && y > 0 && y < geometry.height, r.iso_code).toBe(true);
    }
    expect(shipped.length).toBe(97);
  });

  it('puts every Uzbek label point inside the frame zooming goes to', () => {
    const [x, y, w, h] = geometry.uzbekistan;
    for (const r of shipped.filter((s) => s.country === 'UZ')) {
      const [cx, cy] = shapeOf(r.iso_code)!.c;
      expect(cx >= x && cx <= x + w && cy >= y && cy <= y + h, r.iso_code).toBe(true);
    }
  });

  it('knows nothing of a region a user added', () => {
    expect(shapeOf('RU-XYZ')).toBeUndefined();
    expect(shapeOf('constructor')).toBeUndefined();
  });
});
