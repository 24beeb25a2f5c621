// The signed-in frame: header (menu button on phones, product name, quick time entry, account),
// the role's navigation with the workspace switcher, and the page.
import {
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  NavLink,
  Progress,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { Logo } from '@/auth/auth-layout';
import { useSession } from '@/auth/session-context';
import { UserMenu } from '@/auth/user-menu';
import { WorkspaceSwitcher } from '@/auth/workspace-switcher';
import type { Role } from '@/gql/graphql';
import { NotifyProvider } from '@/shared/notify';
import { QuickEntryProvider, useQuickEntry } from '@/time/quick-entry-context';

interface NavItem {
  label: string;
  to: string;
}

export function navItems(role: Role): NavItem[] {
  switch (role) {
    case 'LEADER':
      return [
        { label: 'Dashboard', to: '/' },
        { label: 'Clients', to: '/clients' },
        { label: 'Invoices', to: '/invoices' },
        { label: 'Settings', to: '/settings' },
      ];
    case 'CLIENT_VIEWER':
      return [
        { label: 'Overview', to: '/' },
        { label: 'Invoices', to: '/invoices' },
      ];
    case 'ACCOUNTANT':
      return [{ label: 'Invoices', to: '/' }];
  }
}

function isActive(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

function LogTimeButton() {
  const { open } = useQuickEntry();
  return (
    <Tooltip
      label={
        <>
          Log time <Kbd size="xs">T</Kbd>
        </>
      }
    >
      <Button onClick={() => open()} size="sm" aria-keyshortcuts="T">
        Log time
      </Button>
    </Tooltip>
  );
}

export function AppShellLayout() {
  const { role } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigation = useNavigation();
  const items = navItems(role);

  useEffect(() => close(), [location.pathname, close]);

  const shell = (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {navigation.state === 'loading' && (
        <Progress
          value={100}
          animated
          size="xs"
          pos="fixed"
          top={0}
          left={0}
          right={0}
          style={{ zIndex: 500 }}
          aria-hidden
        />
      )}
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close menu' : 'Open menu'}
            />
            <UnstyledButton component={Link} to="/" aria-label="Allot home">
              <Group gap={8} wrap="nowrap">
                <Logo />
                <Text fw={700} fz="lg" visibleFrom="xs" aria-hidden>
                  Allot
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {role === 'LEADER' && <LogTimeButton />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <AppShell.Section pb="sm" mb="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <WorkspaceSwitcher />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2} component="nav" aria-label="Main navigation">
            {items.map((item) => {
              const active = isActive(item.to, location.pathname);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  fw={500}
                />
              );
            })}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Stack maw={1280} mx="auto" w="100%" gap={0}>
          <Outlet />
        </Stack>
      </AppShell.Main>
    </AppShell>
  );

  return (
    <NotifyProvider>{role === 'LEADER' ? <QuickEntryProvider>{shell}</QuickEntryProvider> : shell}</NotifyProvider>
  );
}
