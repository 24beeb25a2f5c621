// The words of every e-mail, per language. A template takes its sentences from here and nothing
// else, so another language is one more entry of the same shape (TypeScript lists what is
// missing); the language a message is written in is chosen where it is enqueued (English for now;
// a recipient's or workspace's language later).
import type { Role } from '../../database/request-scope.js';

export type Locale = 'en';

export const DEFAULT_LOCALE: Locale = 'en';

export interface InvitationFacts {
  inviterName: string;
  inviterEmail: string;
  workspaceName: string;
  role: Role;
  clientName: string | null;
  /** The expiry, already written out in the workspace's time zone. */
  expires: string;
}

export interface Messages {
  /** Dates in messages: Intl's locale for this language. */
  dateLocale: string;
  footer: string;
  invitation: {
    subject(facts: InvitationFacts): string;
    preview(facts: InvitationFacts): string;
    title(facts: InvitationFacts): string;
    intro(facts: InvitationFacts): string;
    role(facts: InvitationFacts): string;
    button: string;
    linkLabel: string;
    expiry(facts: InvitationFacts): string;
    ignore: string;
  };
}

const ROLE_EN: Record<Role, (client: string | null) => string> = {
  LEADER: () => 'As a leader you will manage the practice with them: clients, time, meetings, invoices and members.',
  ACCOUNTANT: () => 'As the accountant you will see the invoices, export them and record payments.',
  CLIENT_VIEWER: (client) =>
    `You are invited for ${client ?? 'your company'}: you will follow its engagement (the days bought and used, meetings, deliverables, the accountability log and its invoices).`,
};

const en: Messages = {
  dateLocale: 'en-GB',
  footer: 'Allot is the engagement ledger for fractional technology leaders. You received this because someone entered your address in Allot.',
  invitation: {
    subject: (f) => `${f.inviterName} invited you to ${f.workspaceName} on Allot`,
    preview: (f) => `Join ${f.workspaceName}${f.clientName ? ` for ${f.clientName}` : ''}. The invitation expires on ${f.expires}.`,
    title: (f) => `Join ${f.workspaceName} on Allot`,
    intro: (f) => `${f.inviterName} (${f.inviterEmail}) invited you to ${f.workspaceName}${f.clientName ? `, for ${f.clientName}` : ''}.`,
    role: (f) => ROLE_EN[f.role](f.clientName),
    button: 'Accept the invitation',
    linkLabel: 'Or open this link in your browser:',
    expiry: (f) => `The invitation expires on ${f.expires}. After that, ask ${f.inviterName} for a new one.`,
    ignore: 'If you did not expect this invitation, ignore this e-mail: nothing happens unless you accept it.',
  },
};

export const MESSAGES: Record<Locale, Messages> = { en };
