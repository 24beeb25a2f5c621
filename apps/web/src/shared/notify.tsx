// Short-lived confirmations ("Time logged", "Invoice issued") announced to screen readers.
import { Notification, Stack } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type Tone = 'success' | 'error' | 'info';
interface Toast {
  id: number;
  message: string;
  tone: Tone;
}

type Notify = (message: string, tone?: Tone) => void;
const NotifyContext = createContext<Notify>(() => {});

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

const colors: Record<Tone, string> = { success: 'teal', error: 'red', info: 'brand' };

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, tone = 'success') => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-2), { id, message, tone }]);
      window.setTimeout(() => dismiss(id), tone === 'error' ? 8000 : 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Stack
        gap="xs"
        pos="fixed"
        bottom={16}
        right={16}
        left={{ base: 16, sm: 'auto' }}
        w={{ sm: 360 }}
        style={{ zIndex: 400 }}
        aria-live="polite"
        role="region"
        aria-label="Notifications"
      >
        {toasts.map((t) => (
          <Notification
            key={t.id}
            color={colors[t.tone]}
            withBorder
            onClose={() => dismiss(t.id)}
            closeButtonProps={{ 'aria-label': 'Dismiss' }}
          >
            {t.message}
          </Notification>
        ))}
      </Stack>
    </NotifyContext.Provider>
  );
}
