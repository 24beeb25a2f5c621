// "Log time" from anywhere: a context that opens the quick-entry dialog (optionally for a given
// client), and the T shortcut (ignored while typing in a field).
import { Modal } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { QuickTimeEntry } from './quick-time-entry';

interface QuickEntryApi {
  open: (preset?: { clientId?: string }) => void;
}

const QuickEntryContext = createContext<QuickEntryApi>({ open: () => {} });

export function useQuickEntry(): QuickEntryApi {
  return useContext(QuickEntryContext);
}

export function QuickEntryProvider({ children }: { children: ReactNode }) {
  const [preset, setPreset] = useState<{ clientId?: string } | null>(null);
  const open = useCallback((p: { clientId?: string } = {}) => setPreset(p), []);
  const close = useCallback(() => setPreset(null), []);
  useHotkeys([['t', () => open()]]);
  const api = useMemo(() => ({ open }), [open]);
  return (
    <QuickEntryContext.Provider value={api}>
      {children}
      <Modal opened={preset !== null} onClose={close} title="Log time" size="lg" fullScreen={false} centered>
        {preset && <QuickTimeEntry initialClientId={preset.clientId} onDone={close} />}
      </Modal>
    </QuickEntryContext.Provider>
  );
}
