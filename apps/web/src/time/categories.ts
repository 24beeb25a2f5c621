// Time categories, in the order the forms offer them.
import type { TimeCategory } from '@/gql/graphql';

export const TIME_CATEGORIES: { value: TimeCategory; label: string }[] = [
  { value: 'ADVISORY', label: 'Advisory' },
  { value: 'MEETING', label: 'Meeting' },
  { value: 'DELIVERABLE', label: 'Deliverable' },
  { value: 'ASYNC', label: 'Async' },
  { value: 'TRAVEL', label: 'Travel' },
  { value: 'OTHER', label: 'Other' },
];

export const categoryLabel = Object.fromEntries(TIME_CATEGORIES.map((c) => [c.value, c.label])) as Record<
  TimeCategory,
  string
>;
