/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment SessionViewer_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    membership {\n      role\n      workspace {\n        id\n        name\n        timezone\n        currency\n        hoursPerDay\n      }\n      client {\n        id\n        name\n      }\n    }\n    memberships {\n      role\n      workspace {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionViewer_ViewerFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": typeof types.SwitchWorkspaceDocument,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer_viewer\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment BalanceSummary_balance on MonthBalance {\n    month\n    minutesPerDay\n    allocatedMinutes\n    carriedInMinutes\n    availableMinutes\n    usedMinutes\n    remainingMinutes\n    overageMinutes\n    expiredMinutes\n    carriedOutMinutes\n    projectedUsedMinutes\n    status\n    locked\n  }\n": typeof types.BalanceSummary_BalanceFragmentDoc,
    "\n  mutation ArchiveClient($id: ID!) {\n    archiveClient(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveClientDocument,
    "\n  query ClientDetail($id: ID!, $month: Month!, $from: Month!) {\n    client(id: $id) {\n      id\n      name\n      legalName\n      addressLine\n      city\n      postalCode\n      country\n      vatId\n      billingEmail\n      currency\n      archived\n      balance(month: $month) {\n        ...BalanceSummary_balance\n      }\n      retainers {\n        ...RetainerCard_retainer\n        balances(from: $from, to: $month) {\n          ...BalanceSummary_balance\n        }\n      }\n    }\n  }\n": typeof types.ClientDetailDocument,
    "\n  fragment ClientRow_client on Client {\n    id\n    name\n    legalName\n    country\n    currency\n    archived\n  }\n": typeof types.ClientRow_ClientFragmentDoc,
    "\n  query ClientsList($includeArchived: Boolean) {\n    clients(includeArchived: $includeArchived) {\n      ...ClientRow_client\n    }\n  }\n": typeof types.ClientsListDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  fragment ClientSummaryCard_summary on ClientSummary {\n    client {\n      id\n      name\n      currency\n    }\n    balance {\n      ...BalanceSummary_balance\n    }\n    hasActiveRetainer\n    openActionItems\n    overdueDeliverables\n    lastMeeting {\n      id\n      title\n      startsAt\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n    }\n  }\n": typeof types.ClientSummaryCard_SummaryFragmentDoc,
    "\n  query Dashboard($month: Month!) {\n    dashboard(month: $month) {\n      month\n      capacity {\n        capacityMinutes\n        allocatedMinutes\n        usedMinutes\n        projectedUsedMinutes\n      }\n      clients {\n        ...ClientSummaryCard_summary\n      }\n      alerts {\n        kind\n        severity\n        message\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query ClientDeliverables($clientId: ID) {\n    deliverables(clientId: $clientId) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": typeof types.ClientDeliverablesDocument,
    "\n  mutation CreateDeliverable($input: CreateDeliverableInput!) {\n    createDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": typeof types.CreateDeliverableDocument,
    "\n  fragment DeliverableCard_deliverable on Deliverable {\n    id\n    title\n    description\n    dueDate\n    status\n    overdue\n    deliveredAt\n    acceptedAt\n    retainer {\n      id\n      title\n    }\n  }\n": typeof types.DeliverableCard_DeliverableFragmentDoc,
    "\n  mutation SetDeliverableStatus($id: ID!, $status: DeliverableStatus!, $comment: String) {\n    setDeliverableStatus(id: $id, status: $status, comment: $comment) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": typeof types.SetDeliverableStatusDocument,
    "\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": typeof types.UpdateDeliverableDocument,
    "\n  mutation CreditInvoice($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      ...InvoiceRow_invoice\n    }\n  }\n": typeof types.CreditInvoiceDocument,
    "\n  mutation GenerateInvoices($month: Month!) {\n    generateInvoices(month: $month) {\n      ...InvoiceRow_invoice\n    }\n  }\n": typeof types.GenerateInvoicesDocument,
    "\n  query InvoiceClientOptions {\n    clients(includeArchived: true) {\n      id\n      name\n    }\n  }\n": typeof types.InvoiceClientOptionsDocument,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow_invoice\n      reverseCharge\n      lines {\n        description\n        quantity\n        unitCode\n        unitPrice {\n          amountMinor\n          currency\n        }\n        net {\n          amountMinor\n          currency\n        }\n        vatRatePercent\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      client {\n        id\n        name\n        legalName\n        addressLine\n        city\n        postalCode\n        country\n        vatId\n        billingEmail\n      }\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    kind\n    number\n    status\n    client {\n      id\n      name\n    }\n    periodMonth\n    issueDate\n    dueDate\n    currency\n    netTotal {\n      amountMinor\n      currency\n    }\n    vatTotal {\n      amountMinor\n      currency\n    }\n    grossTotal {\n      amountMinor\n      currency\n    }\n    paidOn\n    pdfPath\n    ublPath\n  }\n": typeof types.InvoiceRow_InvoiceFragmentDoc,
    "\n  query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...InvoiceRow_invoice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceRow_invoice\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation MarkInvoicePaid($id: ID!, $paidOn: Date!) {\n    markInvoicePaid(id: $id, paidOn: $paidOn) {\n      ...InvoiceRow_invoice\n    }\n  }\n": typeof types.MarkInvoicePaidDocument,
    "\n  query AccountabilityLog($clientId: ID!, $kinds: [LogKind!], $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, kinds: $kinds, first: $first, after: $after) {\n      nodes {\n        ...LogEntryItem_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AccountabilityLogDocument,
    "\n  mutation AppendLogEntry($input: AppendLogEntryInput!) {\n    appendLogEntry(input: $input) {\n      ...LogEntryItem_entry\n    }\n  }\n": typeof types.AppendLogEntryDocument,
    "\n  query LogChain($clientId: ID!, $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, first: $first, after: $after) {\n      nodes {\n        id\n        seq\n        kind\n        title\n        body\n        owner\n        dueDate\n        occurredAt\n        prevHash\n        hash\n        author {\n          id\n        }\n        refersTo {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LogChainDocument,
    "\n  fragment LogEntryItem_entry on LogEntry {\n    id\n    seq\n    kind\n    title\n    body\n    owner\n    dueDate\n    actionStatus\n    refersTo {\n      id\n      seq\n      kind\n      title\n    }\n    author {\n      id\n      name\n    }\n    occurredAt\n    hash\n  }\n": typeof types.LogEntryItem_EntryFragmentDoc,
    "\n  mutation SetActionItemStatus($id: ID!, $status: ActionStatus!, $note: String) {\n    setActionItemStatus(id: $id, status: $status, note: $note) {\n      ...LogEntryItem_entry\n    }\n  }\n": typeof types.SetActionItemStatusDocument,
    "\n  query VerifyAccountabilityLog($clientId: ID!) {\n    verifyAccountabilityLog(clientId: $clientId) {\n      ok\n      entryCount\n      headHash\n      firstBrokenSeq\n    }\n  }\n": typeof types.VerifyAccountabilityLogDocument,
    "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  query ClientMeetings($filter: MeetingFilter!, $first: Int, $after: String, $withPrivateNotes: Boolean!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...MeetingCard_meeting\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientMeetingsDocument,
    "\n  fragment MeetingCard_meeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    status\n    attendees\n    agenda\n    sharedNotes\n    # The leader's only: the API answers anyone else FORBIDDEN. Every operation says whether it asks.\n    privateNotes @include(if: $withPrivateNotes)\n    timeEntry {\n      id\n      minutes\n    }\n  }\n": typeof types.MeetingCard_MeetingFragmentDoc,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!, $withPrivateNotes: Boolean = true) {\n    recordMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n": typeof types.RecordMeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!, $withPrivateNotes: Boolean = true) {\n    scheduleMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      month\n      days\n      reason\n    }\n  }\n": typeof types.AdjustAllocationDocument,
    "\n  mutation AmendAllocation($input: AmendAllocationInput!) {\n    amendAllocation(input: $input) {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.AmendAllocationDocument,
    "\n  mutation CreateRetainer($input: CreateRetainerInput!) {\n    createRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n": typeof types.CreateRetainerDocument,
    "\n  fragment RetainerCard_retainer on Retainer {\n    id\n    title\n    role\n    startMonth\n    endMonth\n    rollover\n    rolloverCapDays\n    rolloverExpiryMonths\n    overage\n    overageDayRate {\n      amountMinor\n      currency\n    }\n    vatRatePercent\n    reverseCharge\n    paymentTermsDays\n    amendments {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n    adjustments {\n      id\n      month\n      days\n      reason\n    }\n  }\n": typeof types.RetainerCard_RetainerFragmentDoc,
    "\n  mutation UpdateRetainer($input: UpdateRetainerInput!) {\n    updateRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n": typeof types.UpdateRetainerDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      token\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query Members {\n    members {\n      user {\n        id\n        name\n        email\n      }\n      role\n      client {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        html\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query PendingInvitations {\n    invitations {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      ...WorkspaceForm_workspace\n    }\n  }\n": typeof types.UpdateWorkspaceDocument,
    "\n  fragment WorkspaceForm_workspace on Workspace {\n    id\n    name\n    timezone\n    currency\n    hoursPerDay\n    capacityDaysPerMonth\n    legalName\n    addressLine\n    city\n    postalCode\n    country\n    vatId\n    invoiceNumberPrefix\n  }\n": typeof types.WorkspaceForm_WorkspaceFragmentDoc,
    "\n  query WorkspaceSettings {\n    workspace {\n      ...WorkspaceForm_workspace\n    }\n  }\n": typeof types.WorkspaceSettingsDocument,
    "\n  query ClientTimeEntries($filter: TimeEntryFilter!, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TimeEntryRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientTimeEntriesDocument,
    "\n  mutation DeleteTimeEntry($id: ID!) {\n    deleteTimeEntry(id: $id)\n  }\n": typeof types.DeleteTimeEntryDocument,
    "\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      ...TimeEntryRow_entry\n      retainer {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LogTimeDocument,
    "\n  query QuickEntryOptions {\n    clients {\n      id\n      name\n      archived\n      retainers {\n        id\n        title\n        role\n        startMonth\n        endMonth\n      }\n    }\n  }\n": typeof types.QuickEntryOptionsDocument,
    "\n  fragment TimeEntryRow_entry on TimeEntry {\n    id\n    date\n    minutes\n    category\n    description\n    billable\n    locked\n    retainer {\n      id\n      title\n    }\n  }\n": typeof types.TimeEntryRow_EntryFragmentDoc,
    "\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      ...TimeEntryRow_entry\n    }\n  }\n": typeof types.UpdateTimeEntryDocument,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment SessionViewer_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    membership {\n      role\n      workspace {\n        id\n        name\n        timezone\n        currency\n        hoursPerDay\n      }\n      client {\n        id\n        name\n      }\n    }\n    memberships {\n      role\n      workspace {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n    }\n  }\n": types.SessionViewer_ViewerFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n": types.SwitchWorkspaceDocument,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer_viewer\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment BalanceSummary_balance on MonthBalance {\n    month\n    minutesPerDay\n    allocatedMinutes\n    carriedInMinutes\n    availableMinutes\n    usedMinutes\n    remainingMinutes\n    overageMinutes\n    expiredMinutes\n    carriedOutMinutes\n    projectedUsedMinutes\n    status\n    locked\n  }\n": types.BalanceSummary_BalanceFragmentDoc,
    "\n  mutation ArchiveClient($id: ID!) {\n    archiveClient(id: $id) {\n      id\n      archived\n    }\n  }\n": types.ArchiveClientDocument,
    "\n  query ClientDetail($id: ID!, $month: Month!, $from: Month!) {\n    client(id: $id) {\n      id\n      name\n      legalName\n      addressLine\n      city\n      postalCode\n      country\n      vatId\n      billingEmail\n      currency\n      archived\n      balance(month: $month) {\n        ...BalanceSummary_balance\n      }\n      retainers {\n        ...RetainerCard_retainer\n        balances(from: $from, to: $month) {\n          ...BalanceSummary_balance\n        }\n      }\n    }\n  }\n": types.ClientDetailDocument,
    "\n  fragment ClientRow_client on Client {\n    id\n    name\n    legalName\n    country\n    currency\n    archived\n  }\n": types.ClientRow_ClientFragmentDoc,
    "\n  query ClientsList($includeArchived: Boolean) {\n    clients(includeArchived: $includeArchived) {\n      ...ClientRow_client\n    }\n  }\n": types.ClientsListDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n": types.UpdateClientDocument,
    "\n  fragment ClientSummaryCard_summary on ClientSummary {\n    client {\n      id\n      name\n      currency\n    }\n    balance {\n      ...BalanceSummary_balance\n    }\n    hasActiveRetainer\n    openActionItems\n    overdueDeliverables\n    lastMeeting {\n      id\n      title\n      startsAt\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n    }\n  }\n": types.ClientSummaryCard_SummaryFragmentDoc,
    "\n  query Dashboard($month: Month!) {\n    dashboard(month: $month) {\n      month\n      capacity {\n        capacityMinutes\n        allocatedMinutes\n        usedMinutes\n        projectedUsedMinutes\n      }\n      clients {\n        ...ClientSummaryCard_summary\n      }\n      alerts {\n        kind\n        severity\n        message\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query ClientDeliverables($clientId: ID) {\n    deliverables(clientId: $clientId) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": types.ClientDeliverablesDocument,
    "\n  mutation CreateDeliverable($input: CreateDeliverableInput!) {\n    createDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": types.CreateDeliverableDocument,
    "\n  fragment DeliverableCard_deliverable on Deliverable {\n    id\n    title\n    description\n    dueDate\n    status\n    overdue\n    deliveredAt\n    acceptedAt\n    retainer {\n      id\n      title\n    }\n  }\n": types.DeliverableCard_DeliverableFragmentDoc,
    "\n  mutation SetDeliverableStatus($id: ID!, $status: DeliverableStatus!, $comment: String) {\n    setDeliverableStatus(id: $id, status: $status, comment: $comment) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": types.SetDeliverableStatusDocument,
    "\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n": types.UpdateDeliverableDocument,
    "\n  mutation CreditInvoice($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      ...InvoiceRow_invoice\n    }\n  }\n": types.CreditInvoiceDocument,
    "\n  mutation GenerateInvoices($month: Month!) {\n    generateInvoices(month: $month) {\n      ...InvoiceRow_invoice\n    }\n  }\n": types.GenerateInvoicesDocument,
    "\n  query InvoiceClientOptions {\n    clients(includeArchived: true) {\n      id\n      name\n    }\n  }\n": types.InvoiceClientOptionsDocument,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow_invoice\n      reverseCharge\n      lines {\n        description\n        quantity\n        unitCode\n        unitPrice {\n          amountMinor\n          currency\n        }\n        net {\n          amountMinor\n          currency\n        }\n        vatRatePercent\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      client {\n        id\n        name\n        legalName\n        addressLine\n        city\n        postalCode\n        country\n        vatId\n        billingEmail\n      }\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    kind\n    number\n    status\n    client {\n      id\n      name\n    }\n    periodMonth\n    issueDate\n    dueDate\n    currency\n    netTotal {\n      amountMinor\n      currency\n    }\n    vatTotal {\n      amountMinor\n      currency\n    }\n    grossTotal {\n      amountMinor\n      currency\n    }\n    paidOn\n    pdfPath\n    ublPath\n  }\n": types.InvoiceRow_InvoiceFragmentDoc,
    "\n  query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...InvoiceRow_invoice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.InvoicesDocument,
    "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceRow_invoice\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation MarkInvoicePaid($id: ID!, $paidOn: Date!) {\n    markInvoicePaid(id: $id, paidOn: $paidOn) {\n      ...InvoiceRow_invoice\n    }\n  }\n": types.MarkInvoicePaidDocument,
    "\n  query AccountabilityLog($clientId: ID!, $kinds: [LogKind!], $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, kinds: $kinds, first: $first, after: $after) {\n      nodes {\n        ...LogEntryItem_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AccountabilityLogDocument,
    "\n  mutation AppendLogEntry($input: AppendLogEntryInput!) {\n    appendLogEntry(input: $input) {\n      ...LogEntryItem_entry\n    }\n  }\n": types.AppendLogEntryDocument,
    "\n  query LogChain($clientId: ID!, $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, first: $first, after: $after) {\n      nodes {\n        id\n        seq\n        kind\n        title\n        body\n        owner\n        dueDate\n        occurredAt\n        prevHash\n        hash\n        author {\n          id\n        }\n        refersTo {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LogChainDocument,
    "\n  fragment LogEntryItem_entry on LogEntry {\n    id\n    seq\n    kind\n    title\n    body\n    owner\n    dueDate\n    actionStatus\n    refersTo {\n      id\n      seq\n      kind\n      title\n    }\n    author {\n      id\n      name\n    }\n    occurredAt\n    hash\n  }\n": types.LogEntryItem_EntryFragmentDoc,
    "\n  mutation SetActionItemStatus($id: ID!, $status: ActionStatus!, $note: String) {\n    setActionItemStatus(id: $id, status: $status, note: $note) {\n      ...LogEntryItem_entry\n    }\n  }\n": types.SetActionItemStatusDocument,
    "\n  query VerifyAccountabilityLog($clientId: ID!) {\n    verifyAccountabilityLog(clientId: $clientId) {\n      ok\n      entryCount\n      headHash\n      firstBrokenSeq\n    }\n  }\n": types.VerifyAccountabilityLogDocument,
    "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  query ClientMeetings($filter: MeetingFilter!, $first: Int, $after: String, $withPrivateNotes: Boolean!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...MeetingCard_meeting\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientMeetingsDocument,
    "\n  fragment MeetingCard_meeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    status\n    attendees\n    agenda\n    sharedNotes\n    # The leader's only: the API answers anyone else FORBIDDEN. Every operation says whether it asks.\n    privateNotes @include(if: $withPrivateNotes)\n    timeEntry {\n      id\n      minutes\n    }\n  }\n": types.MeetingCard_MeetingFragmentDoc,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!, $withPrivateNotes: Boolean = true) {\n    recordMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n": types.RecordMeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!, $withPrivateNotes: Boolean = true) {\n    scheduleMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      month\n      days\n      reason\n    }\n  }\n": types.AdjustAllocationDocument,
    "\n  mutation AmendAllocation($input: AmendAllocationInput!) {\n    amendAllocation(input: $input) {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.AmendAllocationDocument,
    "\n  mutation CreateRetainer($input: CreateRetainerInput!) {\n    createRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n": types.CreateRetainerDocument,
    "\n  fragment RetainerCard_retainer on Retainer {\n    id\n    title\n    role\n    startMonth\n    endMonth\n    rollover\n    rolloverCapDays\n    rolloverExpiryMonths\n    overage\n    overageDayRate {\n      amountMinor\n      currency\n    }\n    vatRatePercent\n    reverseCharge\n    paymentTermsDays\n    amendments {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n    adjustments {\n      id\n      month\n      days\n      reason\n    }\n  }\n": types.RetainerCard_RetainerFragmentDoc,
    "\n  mutation UpdateRetainer($input: UpdateRetainerInput!) {\n    updateRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n": types.UpdateRetainerDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      token\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query Members {\n    members {\n      user {\n        id\n        name\n        email\n      }\n      role\n      client {\n        id\n        name\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        html\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query PendingInvitations {\n    invitations {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      createdAt\n      expiresAt\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      ...WorkspaceForm_workspace\n    }\n  }\n": types.UpdateWorkspaceDocument,
    "\n  fragment WorkspaceForm_workspace on Workspace {\n    id\n    name\n    timezone\n    currency\n    hoursPerDay\n    capacityDaysPerMonth\n    legalName\n    addressLine\n    city\n    postalCode\n    country\n    vatId\n    invoiceNumberPrefix\n  }\n": types.WorkspaceForm_WorkspaceFragmentDoc,
    "\n  query WorkspaceSettings {\n    workspace {\n      ...WorkspaceForm_workspace\n    }\n  }\n": types.WorkspaceSettingsDocument,
    "\n  query ClientTimeEntries($filter: TimeEntryFilter!, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TimeEntryRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientTimeEntriesDocument,
    "\n  mutation DeleteTimeEntry($id: ID!) {\n    deleteTimeEntry(id: $id)\n  }\n": types.DeleteTimeEntryDocument,
    "\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      ...TimeEntryRow_entry\n      retainer {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LogTimeDocument,
    "\n  query QuickEntryOptions {\n    clients {\n      id\n      name\n      archived\n      retainers {\n        id\n        title\n        role\n        startMonth\n        endMonth\n      }\n    }\n  }\n": types.QuickEntryOptionsDocument,
    "\n  fragment TimeEntryRow_entry on TimeEntry {\n    id\n    date\n    minutes\n    category\n    description\n    billable\n    locked\n    retainer {\n      id\n      title\n    }\n  }\n": types.TimeEntryRow_EntryFragmentDoc,
    "\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      ...TimeEntryRow_entry\n    }\n  }\n": types.UpdateTimeEntryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionViewer_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    membership {\n      role\n      workspace {\n        id\n        name\n        timezone\n        currency\n        hoursPerDay\n      }\n      client {\n        id\n        name\n      }\n    }\n    memberships {\n      role\n      workspace {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionViewer_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    membership {\n      role\n      workspace {\n        id\n        name\n        timezone\n        currency\n        hoursPerDay\n      }\n      client {\n        id\n        name\n      }\n    }\n    memberships {\n      role\n      workspace {\n        id\n        name\n      }\n      client {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      expiresAt\n      viewer {\n        ...SessionViewer_viewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...SessionViewer_viewer\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...SessionViewer_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BalanceSummary_balance on MonthBalance {\n    month\n    minutesPerDay\n    allocatedMinutes\n    carriedInMinutes\n    availableMinutes\n    usedMinutes\n    remainingMinutes\n    overageMinutes\n    expiredMinutes\n    carriedOutMinutes\n    projectedUsedMinutes\n    status\n    locked\n  }\n"): (typeof documents)["\n  fragment BalanceSummary_balance on MonthBalance {\n    month\n    minutesPerDay\n    allocatedMinutes\n    carriedInMinutes\n    availableMinutes\n    usedMinutes\n    remainingMinutes\n    overageMinutes\n    expiredMinutes\n    carriedOutMinutes\n    projectedUsedMinutes\n    status\n    locked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveClient($id: ID!) {\n    archiveClient(id: $id) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveClient($id: ID!) {\n    archiveClient(id: $id) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetail($id: ID!, $month: Month!, $from: Month!) {\n    client(id: $id) {\n      id\n      name\n      legalName\n      addressLine\n      city\n      postalCode\n      country\n      vatId\n      billingEmail\n      currency\n      archived\n      balance(month: $month) {\n        ...BalanceSummary_balance\n      }\n      retainers {\n        ...RetainerCard_retainer\n        balances(from: $from, to: $month) {\n          ...BalanceSummary_balance\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDetail($id: ID!, $month: Month!, $from: Month!) {\n    client(id: $id) {\n      id\n      name\n      legalName\n      addressLine\n      city\n      postalCode\n      country\n      vatId\n      billingEmail\n      currency\n      archived\n      balance(month: $month) {\n        ...BalanceSummary_balance\n      }\n      retainers {\n        ...RetainerCard_retainer\n        balances(from: $from, to: $month) {\n          ...BalanceSummary_balance\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientRow_client on Client {\n    id\n    name\n    legalName\n    country\n    currency\n    archived\n  }\n"): (typeof documents)["\n  fragment ClientRow_client on Client {\n    id\n    name\n    legalName\n    country\n    currency\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsList($includeArchived: Boolean) {\n    clients(includeArchived: $includeArchived) {\n      ...ClientRow_client\n    }\n  }\n"): (typeof documents)["\n  query ClientsList($includeArchived: Boolean) {\n    clients(includeArchived: $includeArchived) {\n      ...ClientRow_client\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientRow_client\n      addressLine\n      city\n      postalCode\n      vatId\n      billingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientSummaryCard_summary on ClientSummary {\n    client {\n      id\n      name\n      currency\n    }\n    balance {\n      ...BalanceSummary_balance\n    }\n    hasActiveRetainer\n    openActionItems\n    overdueDeliverables\n    lastMeeting {\n      id\n      title\n      startsAt\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  fragment ClientSummaryCard_summary on ClientSummary {\n    client {\n      id\n      name\n      currency\n    }\n    balance {\n      ...BalanceSummary_balance\n    }\n    hasActiveRetainer\n    openActionItems\n    overdueDeliverables\n    lastMeeting {\n      id\n      title\n      startsAt\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($month: Month!) {\n    dashboard(month: $month) {\n      month\n      capacity {\n        capacityMinutes\n        allocatedMinutes\n        usedMinutes\n        projectedUsedMinutes\n      }\n      clients {\n        ...ClientSummaryCard_summary\n      }\n      alerts {\n        kind\n        severity\n        message\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($month: Month!) {\n    dashboard(month: $month) {\n      month\n      capacity {\n        capacityMinutes\n        allocatedMinutes\n        usedMinutes\n        projectedUsedMinutes\n      }\n      clients {\n        ...ClientSummaryCard_summary\n      }\n      alerts {\n        kind\n        severity\n        message\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDeliverables($clientId: ID) {\n    deliverables(clientId: $clientId) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"): (typeof documents)["\n  query ClientDeliverables($clientId: ID) {\n    deliverables(clientId: $clientId) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeliverable($input: CreateDeliverableInput!) {\n    createDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeliverable($input: CreateDeliverableInput!) {\n    createDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliverableCard_deliverable on Deliverable {\n    id\n    title\n    description\n    dueDate\n    status\n    overdue\n    deliveredAt\n    acceptedAt\n    retainer {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment DeliverableCard_deliverable on Deliverable {\n    id\n    title\n    description\n    dueDate\n    status\n    overdue\n    deliveredAt\n    acceptedAt\n    retainer {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeliverableStatus($id: ID!, $status: DeliverableStatus!, $comment: String) {\n    setDeliverableStatus(id: $id, status: $status, comment: $comment) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"): (typeof documents)["\n  mutation SetDeliverableStatus($id: ID!, $status: DeliverableStatus!, $comment: String) {\n    setDeliverableStatus(id: $id, status: $status, comment: $comment) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      ...DeliverableCard_deliverable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditInvoice($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      ...InvoiceRow_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation CreditInvoice($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      ...InvoiceRow_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateInvoices($month: Month!) {\n    generateInvoices(month: $month) {\n      ...InvoiceRow_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateInvoices($month: Month!) {\n    generateInvoices(month: $month) {\n      ...InvoiceRow_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceClientOptions {\n    clients(includeArchived: true) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query InvoiceClientOptions {\n    clients(includeArchived: true) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow_invoice\n      reverseCharge\n      lines {\n        description\n        quantity\n        unitCode\n        unitPrice {\n          amountMinor\n          currency\n        }\n        net {\n          amountMinor\n          currency\n        }\n        vatRatePercent\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      client {\n        id\n        name\n        legalName\n        addressLine\n        city\n        postalCode\n        country\n        vatId\n        billingEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceRow_invoice\n      reverseCharge\n      lines {\n        description\n        quantity\n        unitCode\n        unitPrice {\n          amountMinor\n          currency\n        }\n        net {\n          amountMinor\n          currency\n        }\n        vatRatePercent\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      client {\n        id\n        name\n        legalName\n        addressLine\n        city\n        postalCode\n        country\n        vatId\n        billingEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    kind\n    number\n    status\n    client {\n      id\n      name\n    }\n    periodMonth\n    issueDate\n    dueDate\n    currency\n    netTotal {\n      amountMinor\n      currency\n    }\n    vatTotal {\n      amountMinor\n      currency\n    }\n    grossTotal {\n      amountMinor\n      currency\n    }\n    paidOn\n    pdfPath\n    ublPath\n  }\n"): (typeof documents)["\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    kind\n    number\n    status\n    client {\n      id\n      name\n    }\n    periodMonth\n    issueDate\n    dueDate\n    currency\n    netTotal {\n      amountMinor\n      currency\n    }\n    vatTotal {\n      amountMinor\n      currency\n    }\n    grossTotal {\n      amountMinor\n      currency\n    }\n    paidOn\n    pdfPath\n    ublPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...InvoiceRow_invoice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...InvoiceRow_invoice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceRow_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceRow_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInvoicePaid($id: ID!, $paidOn: Date!) {\n    markInvoicePaid(id: $id, paidOn: $paidOn) {\n      ...InvoiceRow_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation MarkInvoicePaid($id: ID!, $paidOn: Date!) {\n    markInvoicePaid(id: $id, paidOn: $paidOn) {\n      ...InvoiceRow_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityLog($clientId: ID!, $kinds: [LogKind!], $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, kinds: $kinds, first: $first, after: $after) {\n      nodes {\n        ...LogEntryItem_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccountabilityLog($clientId: ID!, $kinds: [LogKind!], $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, kinds: $kinds, first: $first, after: $after) {\n      nodes {\n        ...LogEntryItem_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppendLogEntry($input: AppendLogEntryInput!) {\n    appendLogEntry(input: $input) {\n      ...LogEntryItem_entry\n    }\n  }\n"): (typeof documents)["\n  mutation AppendLogEntry($input: AppendLogEntryInput!) {\n    appendLogEntry(input: $input) {\n      ...LogEntryItem_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogChain($clientId: ID!, $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, first: $first, after: $after) {\n      nodes {\n        id\n        seq\n        kind\n        title\n        body\n        owner\n        dueDate\n        occurredAt\n        prevHash\n        hash\n        author {\n          id\n        }\n        refersTo {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogChain($clientId: ID!, $first: Int, $after: String) {\n    accountabilityLog(clientId: $clientId, first: $first, after: $after) {\n      nodes {\n        id\n        seq\n        kind\n        title\n        body\n        owner\n        dueDate\n        occurredAt\n        prevHash\n        hash\n        author {\n          id\n        }\n        refersTo {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LogEntryItem_entry on LogEntry {\n    id\n    seq\n    kind\n    title\n    body\n    owner\n    dueDate\n    actionStatus\n    refersTo {\n      id\n      seq\n      kind\n      title\n    }\n    author {\n      id\n      name\n    }\n    occurredAt\n    hash\n  }\n"): (typeof documents)["\n  fragment LogEntryItem_entry on LogEntry {\n    id\n    seq\n    kind\n    title\n    body\n    owner\n    dueDate\n    actionStatus\n    refersTo {\n      id\n      seq\n      kind\n      title\n    }\n    author {\n      id\n      name\n    }\n    occurredAt\n    hash\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionItemStatus($id: ID!, $status: ActionStatus!, $note: String) {\n    setActionItemStatus(id: $id, status: $status, note: $note) {\n      ...LogEntryItem_entry\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionItemStatus($id: ID!, $status: ActionStatus!, $note: String) {\n    setActionItemStatus(id: $id, status: $status, note: $note) {\n      ...LogEntryItem_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAccountabilityLog($clientId: ID!) {\n    verifyAccountabilityLog(clientId: $clientId) {\n      ok\n      entryCount\n      headHash\n      firstBrokenSeq\n    }\n  }\n"): (typeof documents)["\n  query VerifyAccountabilityLog($clientId: ID!) {\n    verifyAccountabilityLog(clientId: $clientId) {\n      ok\n      entryCount\n      headHash\n      firstBrokenSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMeetings($filter: MeetingFilter!, $first: Int, $after: String, $withPrivateNotes: Boolean!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...MeetingCard_meeting\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientMeetings($filter: MeetingFilter!, $first: Int, $after: String, $withPrivateNotes: Boolean!) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...MeetingCard_meeting\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingCard_meeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    status\n    attendees\n    agenda\n    sharedNotes\n    # The leader's only: the API answers anyone else FORBIDDEN. Every operation says whether it asks.\n    privateNotes @include(if: $withPrivateNotes)\n    timeEntry {\n      id\n      minutes\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingCard_meeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    status\n    attendees\n    agenda\n    sharedNotes\n    # The leader's only: the API answers anyone else FORBIDDEN. Every operation says whether it asks.\n    privateNotes @include(if: $withPrivateNotes)\n    timeEntry {\n      id\n      minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeeting($input: RecordMeetingInput!, $withPrivateNotes: Boolean = true) {\n    recordMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeeting($input: RecordMeetingInput!, $withPrivateNotes: Boolean = true) {\n    recordMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!, $withPrivateNotes: Boolean = true) {\n    scheduleMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!, $withPrivateNotes: Boolean = true) {\n    scheduleMeeting(input: $input) {\n      ...MeetingCard_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      month\n      days\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      month\n      days\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAllocation($input: AmendAllocationInput!) {\n    amendAllocation(input: $input) {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AmendAllocation($input: AmendAllocationInput!) {\n    amendAllocation(input: $input) {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRetainer($input: CreateRetainerInput!) {\n    createRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRetainer($input: CreateRetainerInput!) {\n    createRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetainerCard_retainer on Retainer {\n    id\n    title\n    role\n    startMonth\n    endMonth\n    rollover\n    rolloverCapDays\n    rolloverExpiryMonths\n    overage\n    overageDayRate {\n      amountMinor\n      currency\n    }\n    vatRatePercent\n    reverseCharge\n    paymentTermsDays\n    amendments {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n    adjustments {\n      id\n      month\n      days\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment RetainerCard_retainer on Retainer {\n    id\n    title\n    role\n    startMonth\n    endMonth\n    rollover\n    rolloverCapDays\n    rolloverExpiryMonths\n    overage\n    overageDayRate {\n      amountMinor\n      currency\n    }\n    vatRatePercent\n    reverseCharge\n    paymentTermsDays\n    amendments {\n      id\n      effectiveMonth\n      daysPerMonth\n      monthlyFee {\n        amountMinor\n        currency\n      }\n    }\n    adjustments {\n      id\n      month\n      days\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetainer($input: UpdateRetainerInput!) {\n    updateRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetainer($input: UpdateRetainerInput!) {\n    updateRetainer(input: $input) {\n      ...RetainerCard_retainer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      user {\n        id\n        name\n        email\n      }\n      role\n      client {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      user {\n        id\n        name\n        email\n      }\n      role\n      client {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        html\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        html\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations {\n    invitations {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations {\n    invitations {\n      id\n      email\n      role\n      client {\n        id\n        name\n      }\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      ...WorkspaceForm_workspace\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      ...WorkspaceForm_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceForm_workspace on Workspace {\n    id\n    name\n    timezone\n    currency\n    hoursPerDay\n    capacityDaysPerMonth\n    legalName\n    addressLine\n    city\n    postalCode\n    country\n    vatId\n    invoiceNumberPrefix\n  }\n"): (typeof documents)["\n  fragment WorkspaceForm_workspace on Workspace {\n    id\n    name\n    timezone\n    currency\n    hoursPerDay\n    capacityDaysPerMonth\n    legalName\n    addressLine\n    city\n    postalCode\n    country\n    vatId\n    invoiceNumberPrefix\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSettings {\n    workspace {\n      ...WorkspaceForm_workspace\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceSettings {\n    workspace {\n      ...WorkspaceForm_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientTimeEntries($filter: TimeEntryFilter!, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TimeEntryRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientTimeEntries($filter: TimeEntryFilter!, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TimeEntryRow_entry\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTimeEntry($id: ID!) {\n    deleteTimeEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTimeEntry($id: ID!) {\n    deleteTimeEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      ...TimeEntryRow_entry\n      retainer {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      ...TimeEntryRow_entry\n      retainer {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickEntryOptions {\n    clients {\n      id\n      name\n      archived\n      retainers {\n        id\n        title\n        role\n        startMonth\n        endMonth\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuickEntryOptions {\n    clients {\n      id\n      name\n      archived\n      retainers {\n        id\n        title\n        role\n        startMonth\n        endMonth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeEntryRow_entry on TimeEntry {\n    id\n    date\n    minutes\n    category\n    description\n    billable\n    locked\n    retainer {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment TimeEntryRow_entry on TimeEntry {\n    id\n    date\n    minutes\n    category\n    description\n    billable\n    locked\n    retainer {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      ...TimeEntryRow_entry\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      ...TimeEntryRow_entry\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;