// The entity registry: every entity, for the one DataSource (data-source.ts). It is core, and
// the only core file that imports from modules/, entity files and nothing else
// (.dependency-cruiser.cjs: api-entity-registry-lists-entities-only, api-entities-are-leaves).
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

export const entities = [
  UserEntity,
  WorkspaceEntity,
  MembershipEntity,
  InvitationEntity,
  ClientEntity,
  RetainerEntity,
  AllocationAmendmentEntity,
  AllocationAdjustmentEntity,
  TimeEntryEntity,
  LogEntryEntity,
  DeliverableEntity,
  InvoiceEntity,
  InvoiceLineEntity,
  MeetingEntity,
  MeetingPrivateNotesEntity,
];

/**
 * The entities that features other than their own read directly (a workspace's time zone, an
 * author's name, a client's row for an invitation or an invoice, …). A feature imports another feature's
 * entity from here, never from that feature's folder (api-feature-entities-are-private), so this
 * list is the reviewed set of tables shared across features; growing it is a deliberate step.
 */
export { ClientEntity, MeetingEntity, RetainerEntity, UserEntity, WorkspaceEntity };
