// Queries whose figures change when a retainer's allocation or terms change.
export const ALLOCATION_DEPENDENT_QUERIES = ['ClientDetail', 'Dashboard', 'QuickEntryOptions'];
