// The outlines the pairing map draws: one SVG path and one label point per region, keyed by ISO 3166-2 code, in
// a frame `width` × `height`; `uzbekistan` is the frame of Uzbekistan alone (x, y, width, height), where zooming
// goes. Made once by scripts/region-map.py from Natural Earth (assets/map/LICENSE.md).
import map from '../../../assets/map/regions-map.json';

export interface RegionShape {
  /** The outline as SVG path data. */
  d: string;
  /** Where a pairing's line ends: the centroid of the region's largest piece. */
  c: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  uzbekistan: [number, number, number, number];
  regions: Record<string, RegionShape>;
}

export const geometry = map as unknown as MapGeometry;

/** The shape of a region by its ISO code; none for a region the user added and the map does not know. */
export function shapeOf(iso: string): RegionShape | undefined {
  return Object.hasOwn(geometry.regions, iso) ? geometry.regions[iso] : undefined;
}
