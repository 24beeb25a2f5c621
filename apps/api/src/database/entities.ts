import { ClientEntity } from '../modules/clients/client.entity.js';
import { InvitationEntity } from '../modules/identity/invitation.entity.js';
import { MembershipEntity } from '../modules/identity/membership.entity.js';
import { UserEntity } from '../modules/identity/user.entity.js';
import { WorkspaceEntity } from '../modules/workspace/workspace.entity.js';
import { AllocationAdjustmentEntity, AllocationAmendmentEntity } from '../modules/retainers/allocation.entity.js';
import { RetainerEntity } from '../modules/retainers/retainer.entity.js';
import { TimeEntryEntity } from '../modules/time-entries/time-entry.entity.js';
import { LogEntryEntity } from '../modules/log/log-entry.entity.js';
import { DeliverableEntity } from '../modules/deliverables/deliverable.entity.js';
import { InvoiceEntity, InvoiceLineEntity } from '../modules/invoices/invoice.entity.js';
import { MeetingEntity, MeetingPrivateNotesEntity } from '../modules/meetings/meeting.entity.js';

export const entities = [UserEntity, WorkspaceEntity, MembershipEntity, InvitationEntity, ClientEntity,
  RetainerEntity, AllocationAmendmentEntity, AllocationAdjustmentEntity, TimeEntryEntity,
  LogEntryEntity, DeliverableEntity, InvoiceEntity, InvoiceLineEntity, MeetingEntity, MeetingPrivateNotesEntity];
