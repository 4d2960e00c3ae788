// Once painted, the same marker as the app, with the same page steps: the start-up benchmark waits for it.
requestAnimationFrame(() =>
  setTimeout(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const steps = navigation
      ? [['html', navigation.responseEnd], ['dom', navigation.domContentLoadedEventStart]]
      : [];
    steps.push(['painted', performance.now()]);
    window.__TAURI_INTERNALS__.invoke('mark_ready', { steps });
  }),
);
