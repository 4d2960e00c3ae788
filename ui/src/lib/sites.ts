// The sites of the exchange by name: this site and its peers, so a change or a conflict from another site
// reads "from Moscow" rather than an id.
import * as ipc from '../ipc';
import type { Lang, LocalizedText } from '../ipc';
import { textIn } from './translations';

/** A site's name in `lang`, or another language's when that one is missing. */
export function siteName(name: LocalizedText, lang: Lang): string {
  return textIn(name, lang).text;
}

/** This site's id, and site id → name in `lang` for this site and every peer. */
export async function sites(lang: Lang): Promise<{ here: string; names: Map<string, string> }> {
  const [here, peers] = await Promise.all([ipc.thisSite(), ipc.listPeers()]);
  const names = new Map<string, string>();
  names.set(here.site.id, siteName(here.site.name, lang));
  for (const { peer } of peers) names.set(peer.id, siteName(peer.name, lang));
  return { here: here.site.id, names };
}

/** Site id → its name in `lang`, for this site and every peer. */
export async function siteNames(lang: Lang): Promise<Map<string, string>> {
  return (await sites(lang)).names;
}
