// Every test may switch the interface language and read the result at once: the Uzbek and English catalogs,
// which the app loads when first shown, are loaded before any test runs.
import { loadCatalog } from '../i18n/index.svelte';

await Promise.all([loadCatalog('uz'), loadCatalog('en')]);
