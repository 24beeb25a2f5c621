// Every migration, in order. Listed explicitly (not globbed) so the API build, the tests and the
// CLI-free runner all load exactly the same set.
import { CreateFoundation1767225600000 } from './1767225600000-CreateFoundation.js';

export const migrations = [CreateFoundation1767225600000];
