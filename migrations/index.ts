// Every migration, in order. Listed explicitly (not globbed) so the API build, the tests and the
// CLI-free runner all load exactly the same set.
import { CreateFoundation1767225600000 } from './1767225600000-CreateFoundation.js';
import { CreateRetainersAndTime1767225700000 } from './1767225700000-CreateRetainersAndTime.js';
import { CreateLogAndDeliverables1767225800000 } from './1767225800000-CreateLogAndDeliverables.js';
import { CreateInvoices1767225900000 } from './1767225900000-CreateInvoices.js';
import { CreateMeetings1767226000000 } from './1767226000000-CreateMeetings.js';
import { CoverMeetingsClientStart1767226100000 } from './1767226100000-CoverMeetingsClientStart.js';
import { TrackActionItemStatus1767226200000 } from './1767226200000-TrackActionItemStatus.js';
import { HardenTenancy1767226300000 } from './1767226300000-HardenTenancy.js';
import { ShowClientViewersBillableTimeOnly1767226400000 } from './1767226400000-ShowClientViewersBillableTimeOnly.js';
import { KeepAccountantsToInvoicing1767226500000 } from './1767226500000-KeepAccountantsToInvoicing.js';
import { CreateOutbox1767226600000 } from './1767226600000-CreateOutbox.js';

export const migrations = [
  CreateFoundation1767225600000,
  CreateRetainersAndTime1767225700000,
  CreateLogAndDeliverables1767225800000,
  CreateInvoices1767225900000,
  CreateMeetings1767226000000,
  CoverMeetingsClientStart1767226100000,
  TrackActionItemStatus1767226200000,
  HardenTenancy1767226300000,
  ShowClientViewersBillableTimeOnly1767226400000,
  KeepAccountantsToInvoicing1767226500000,
  CreateOutbox1767226600000,
];
