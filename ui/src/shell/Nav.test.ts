import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import Nav from './Nav.svelte';

describe('navigation', () => {
  beforeEach(() => showLanguage('ru'));

  it('counts the conflicts waiting on the To review screen, and shows no count when there are none', () => {
    const { unmount } = render(Nav, { screen: 'dashboard', reviewCount: 3, onnavigate: () => {}, onlanguage: () => {} });
    expect(screen.getByTestId('nav-review').textContent?.replace(/\s+/g, ' ').trim()).toBe('На проверку 3');
    unmount();
    render(Nav, { screen: 'dashboard', reviewCount: 0, onnavigate: () => {}, onlanguage: () => {} });
    expect(screen.getByTestId('nav-review').textContent?.trim()).toBe('На проверку');
    expect(screen.queryByTestId('nav-review-count')).toBeNull();
  });
});
