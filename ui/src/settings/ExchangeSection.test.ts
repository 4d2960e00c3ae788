import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { PackageProgress, ReceivedPackage } from '../ipc';
import { peerView, receivedPackage, siteView } from '../test/exchange';
import ExchangeSection from './ExchangeSection.svelte';

vi.mock('../ipc');

describe('settings: exchange', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.thisSite).mockReset().mockResolvedValue(siteView({}, '1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809'));
    vi.mocked(ipc.listPeers).mockReset().mockResolvedValue([]);
    for (const fn of [ipc.nameSite, ipc.saveSiteCard, ipc.addPeerFromCard, ipc.preparePackage, ipc.lookAtPackage,
      ipc.receivePackage]) {
      vi.mocked(fn).mockReset();
    }
    vi.mocked(ipc.onPackageProgress).mockReset().mockResolvedValue(() => {});
  });

  it('asks to name an unnamed site, then shows its names and country', async () => {
    vi.mocked(ipc.thisSite).mockResolvedValue(siteView({ named: false, country: null, name: { ru: '', uz: '', en: '' } }));
    vi.mocked(ipc.nameSite).mockResolvedValue(siteView());
    render(ExchangeSection);
    await fireEvent.input(await screen.findByTestId('site-name-uz'), { target: { value: 'Oʻzbekiston kotibiyati' } });
    await fireEvent.input(screen.getByTestId('site-name-ru'), { target: { value: 'Узбекский секретариат' } });
    await fireEvent.click(screen.getByTestId('site-save'));
    expect(ipc.nameSite).toHaveBeenCalledWith({
      name: { ru: 'Узбекский секретариат', uz: 'Oʻzbekiston kotibiyati', en: '' }, country: 'UZ',
    });
    expect((await screen.findByTestId('site-name')).textContent).toContain('Oʻzbekiston kotibiyati');
    expect(screen.getByTestId('site-country').textContent).toBe('Узбекистан');
    expect(screen.queryByTestId('site-form')).toBeNull();
  });

  it('shows the fingerprint in groups to read aloud and each peer with what went each way', async () => {
    vi.mocked(ipc.listPeers).mockResolvedValue([
      peerView({ last_sent: 3, last_sent_at: '2026-11-30T06:00:00.000Z', last_received: 2, last_received_at: '2026-12-01T06:00:00.000Z', waiting: 5 }),
    ]);
    render(ExchangeSection);
    const peer = await screen.findByTestId('peer');
    const groups = screen.getByTestId('site-fingerprint').querySelectorAll('.fingerprint > span');
    expect([...groups].map((g) => g.textContent)).toEqual(['1A2B', '3C4D', '5E6F', '7081', '92A3', 'B4C5', 'D6E7', 'F809']);
    expect(within(peer).getByTestId('peer-name').textContent).toBe('Российский секретариат');
    expect(within(peer).getByTestId('peer-sent').textContent).toMatch(/^№ 3, 30\.11\.2026 \d\d:00$/);
    expect(within(peer).getByTestId('peer-received').textContent).toMatch(/^№ 2, 01\.12\.2026 \d\d:00$/);
    expect(within(peer).getByTestId('peer-waiting').textContent).toBe('5');
    expect(within(peer).getByTestId('exchange-prepare').textContent).toBe('Подготовить пакет для «Российский секретариат»…');
  });

  it('prepares a package for the peer and says where it went', async () => {
    vi.mocked(ipc.listPeers).mockResolvedValue([peerView()]);
    vi.mocked(ipc.preparePackage).mockResolvedValue({
      peer: peerView({ last_sent: 1 }).peer, number: 1, entries: 12, blobs: 0, file: '/home/o/Российский секретариат 1.council-package', bytes: 900,
    });
    render(ExchangeSection);
    await fireEvent.click(await screen.findByTestId('exchange-prepare'));
    expect(ipc.preparePackage).toHaveBeenCalledWith(peerView().peer.id);
    expect((await screen.findByTestId('exchange-message')).textContent).toBe(
      'Пакет № 1 для «Российский секретариат» записан (изменений: 12): /home/o/Российский секретариат 1.council-package',
    );
  });

  it('shows what a package would change and applies it only when the officer confirms', async () => {
    vi.mocked(ipc.lookAtPackage).mockResolvedValue({
      file: { token: 't-1', name: 'to-tashkent.council-package' },
      package: receivedPackage({ applied: 4, created: { execution_report: 1 }, changed: { instruction: 1 }, conflicts: 1,
        missed_package: 2 }, 3),
    });
    vi.mocked(ipc.receivePackage).mockResolvedValue(receivedPackage({ applied: 4, created: { execution_report: 1 } }, 3));
    const ondatachanged = vi.fn().mockResolvedValue(undefined);
    render(ExchangeSection, { ondatachanged });
    await fireEvent.click(await screen.findByTestId('exchange-receive'));
    const preview = await screen.findByTestId('package-preview');
    expect(within(preview).getByTestId('package-summary').textContent?.trim())
      .toBe('Пакет № 3 от «Российский секретариат». Если его принять:');
    expect(within(preview).getByTestId('package-created').textContent?.trim()).toBe('Отчёт об исполнении: 1');
    expect(within(preview).getByTestId('package-changed').textContent?.trim()).toBe('Поручение: 1');
    expect(within(preview).getByTestId('package-conflicts').textContent).toBe('Расхождений на проверку: 1');
    expect(within(preview).getByTestId('package-missed').textContent?.trim())
      .toBe('Пакет № 2 от «Российский секретариат» не поступал; его изменения пришли в этом пакете.');
    expect(ipc.receivePackage).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('package-apply'));
    expect(ipc.receivePackage).toHaveBeenCalledWith('t-1');
    expect((await screen.findByTestId('package-result')).textContent).toContain('Пакет № 3 от «Российский секретариат» принят.');
    expect(ondatachanged).toHaveBeenCalled();
    expect(screen.queryByTestId('package-confirm')).toBeNull();
  });

  it('shows why a package is refused, and nothing is applied', async () => {
    vi.mocked(ipc.lookAtPackage).mockRejectedValue({ code: 'package_replayed', message: 'Этот пакет уже был принят', field: null });
    render(ExchangeSection);
    await fireEvent.click(await screen.findByTestId('exchange-receive'));
    expect((await screen.findByTestId('exchange-error')).textContent).toBe('Этот пакет уже был принят');
    expect(screen.queryByTestId('package-confirm')).toBeNull();
    expect(ipc.receivePackage).not.toHaveBeenCalled();
  });

  it('adds a peer from its card and asks to compare the fingerprint', async () => {
    vi.mocked(ipc.addPeerFromCard).mockResolvedValue(peerView());
    vi.mocked(ipc.listPeers).mockResolvedValueOnce([]).mockResolvedValue([peerView()]);
    render(ExchangeSection);
    expect(await screen.findByTestId('peers-empty')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('exchange-add-peer'));
    expect((await screen.findByTestId('exchange-message')).textContent).toBe(
      'Партнёр добавлен: Российский секретариат. Сверьте отпечаток ключа: 1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809',
    );
    expect(await screen.findByTestId('peer')).toBeTruthy();
  });

  it('shows how far a package has come while it applies, in the interface language, and not once it is in', async () => {
    let tell: (progress: PackageProgress) => void = () => {};
    const stopListening = vi.fn();
    vi.mocked(ipc.onPackageProgress).mockImplementation(async (heard) => {
      tell = heard;
      return stopListening;
    });
    vi.mocked(ipc.lookAtPackage).mockResolvedValue({
      file: { token: 't-1', name: 'to-tashkent.council-package' }, package: receivedPackage({ applied: 15_000 }, 3),
    });
    let finish: (received: ReceivedPackage) => void = () => {};
    vi.mocked(ipc.receivePackage).mockReturnValue(new Promise((resolve) => (finish = resolve)));
    render(ExchangeSection);
    await fireEvent.click(await screen.findByTestId('exchange-receive'));
    await fireEvent.click(await screen.findByTestId('package-apply'));
    // Until the backend tells how far it has come (not in the first moment), the plain indicator.
    expect(await screen.findByTestId('exchange-working')).toBeTruthy();
    expect(screen.queryByTestId('package-progress')).toBeNull();

    tell({ done: 1_200, total: 15_000 });
    const shown = await screen.findByTestId('package-progress');
    const bar = shown.querySelector('progress');
    expect([bar?.value, bar?.max]).toEqual([1_200, 15_000]);
    expect(shown.textContent?.trim()).toBe('1\u00a0200 из 15\u00a0000 изменений');
    expect(screen.queryByTestId('exchange-working')).toBeNull();

    await showLanguage('en');
    tell({ done: 7_500, total: 15_000 });
    await vi.waitFor(() => expect(screen.getByTestId('package-progress').textContent?.trim())
      .toBe('7,500 of 15,000 changes'));
    expect(screen.getByTestId('package-progress').querySelector('progress')?.value).toBe(7_500);
    await showLanguage('uz');
    await vi.waitFor(() => expect(screen.getByTestId('package-progress').textContent?.trim())
      .toBe('15\u00a0000 ta oʻzgarishdan 7\u00a0500 tasi'));

    finish(receivedPackage({ applied: 15_000 }, 3));
    expect(await screen.findByTestId('package-result')).toBeTruthy();
    expect(screen.queryByTestId('package-progress')).toBeNull();
    await vi.waitFor(() => expect(screen.queryByTestId('exchange-working')).toBeNull());
    expect(stopListening).toHaveBeenCalled();
  });
});
