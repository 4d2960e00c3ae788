// Once painted, the same marker as the app, with the same page steps: the start-up benchmark waits for it.
requestAnimationFrame(() => {
  const frame = performance.now();
  document.body.getBoundingClientRect();
  const layout = performance.now();
  setTimeout(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const steps = navigation
      ? [['html', navigation.responseEnd], ['dom', navigation.domContentLoadedEventStart]]
      : [];
    steps.push(['frame', frame], ['layout', layout], ['painted', performance.now()]);
    window.__TAURI_INTERNALS__.invoke('mark_ready', { steps });
  });
});
