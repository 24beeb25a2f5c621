import { describe, expect, it } from 'vitest';
import { navItems } from './app-shell-layout';

describe('navigation by role', () => {
  it('gives the leader everything', () => {
    expect(navItems('LEADER').map((i) => i.label)).toEqual(['Dashboard', 'Clients', 'Invoices', 'Settings']);
  });

  it('gives the client viewer no way to other clients', () => {
    const items = navItems('CLIENT_VIEWER');
    expect(items.map((i) => i.to)).toEqual(['/', '/invoices']);
    expect(items.some((i) => i.to.startsWith('/clients') || i.to === '/settings')).toBe(false);
  });

  it('gives the accountant the invoices', () => {
    expect(navItems('ACCOUNTANT')).toEqual([{ label: 'Invoices', to: '/' }]);
  });
});
