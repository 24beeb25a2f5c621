// Who may read what: per GraphQL object type, and per field where a field is narrower than its
// type. Root operations' @Roles say who may call them; this table says what a response may carry,
// wherever a type turns up. Before it, checks stopped at the root field, so an accountant allowed
// to list time entries read the meetings and deliverables behind them, which the meetings and
// deliverables queries refuse. Every field returning an object type (and every field named here)
// is checked, nested or not: see enforce-read-policy.ts. test/read-access.json is the reviewed
// copy that test/authorization-matrix.int-spec.ts holds the running API to.
import type { Role } from '../database/request-scope.js';

/** A role, or PUBLIC: readable before there is a session (what signing in answers). */
export type Reader = Role | 'PUBLIC';

const EVERYONE: readonly Reader[] = ['ACCOUNTANT', 'CLIENT_VIEWER', 'LEADER'];
/** The engagement: what the leader does for a client, which that client follows. */
const ENGAGEMENT: readonly Reader[] = ['CLIENT_VIEWER', 'LEADER'];
const LEADER: readonly Reader[] = ['LEADER'];

export const READ_POLICY: Readonly<Record<string, readonly Reader[]>> = {
  AuthPayload: ['PUBLIC'],

  // The session, and the workspace: its seller details are on every invoice.
  Viewer: EVERYONE,
  Membership: EVERYONE,
  User: EVERYONE,
  Workspace: EVERYONE,

  // Invoicing: invoices and the clients' billing data, for the accountant too.
  Client: EVERYONE,
  Invoice: EVERYONE,
  InvoiceConnection: EVERYONE,
  InvoiceLine: EVERYONE,
  Money: EVERYONE,
  PageInfo: EVERYONE,
  // Retainer terms and monthly usage are what invoices are computed from (fees, overage, VAT,
  // payment terms), and the accountant has always read them (test/retainers.int-spec.ts).
  Retainer: EVERYONE,
  AllocationAmendment: EVERYONE,
  AllocationAdjustment: EVERYONE,
  MonthBalance: EVERYONE,

  // The engagement itself: nothing of it for the accountant. A client viewer's time entries are
  // their client's billable ones only (the service filters them, and so does PostgreSQL).
  TimeEntry: ENGAGEMENT,
  TimeEntryConnection: ENGAGEMENT,
  Meeting: ENGAGEMENT,
  'Meeting.privateNotes': LEADER,
  MeetingConnection: ENGAGEMENT,
  Deliverable: ENGAGEMENT,
  LogEntry: ENGAGEMENT,
  LogEntryConnection: ENGAGEMENT,
  LogVerification: ENGAGEMENT,
  Dashboard: ENGAGEMENT,
  ClientSummary: ENGAGEMENT,
  Alert: ENGAGEMENT,

  // The practice's own business: what it can sell, who works in it.
  Capacity: LEADER,
  Member: LEADER,
  Invitation: LEADER,
  PendingInvitation: LEADER,
  // The e-mail the workspace sends: invitation links and, later, what else goes to people.
  OutboxMessage: LEADER,
  OutboxMessageConnection: LEADER,

  // Each user's own sign-ins (the API lists only the caller's).
  Session: EVERYONE,
};
