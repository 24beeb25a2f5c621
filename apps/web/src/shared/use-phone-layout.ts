// Whether the screen is narrow enough (below Mantine's `sm`, 48em) that tables give way to stacked
// cards. Read synchronously on the first render, so a phone never flashes the wide layout.
import { useMediaQuery } from '@mantine/hooks';

export const PHONE_QUERY = '(max-width: 47.99em)';

export function usePhoneLayout(): boolean {
  return useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
}
