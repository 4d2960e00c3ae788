import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage, t } from '../i18n/index.svelte';
import { setHubStatus } from './live.svelte';
import { refusal } from './may';

afterEach(() => setHubStatus(null));

describe('what a desk on the office hub leaves to the hub', () => {
  it("disables the backups and the exchange, saying where they are done, and nothing else", () => {
    showLanguage('en');
    expect(refusal('backupNow')).toBeNull();
    setHubStatus({
      connection: { address: '10.0.0.5:8443', fingerprint: 'AB', login: 'head@council.uz' },
      officer: null,
      reachable: true,
    });
    for (const command of ['backupNow', 'restoreBackup', 'preparePackage', 'receivePackage'] as const) {
      expect(refusal(command)).toBe(t('may.onTheHub'));
    }
    expect(refusal('createPairing')).toBeNull();
    expect(refusal('attachFile')).toBeNull();
    expect(refusal('importSessionsIcs')).toBeNull();
  });
});
