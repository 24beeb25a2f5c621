// The invitation e-mail: who invites, to which practice (and, for a client viewer, which client),
// in which role, the link to accept and until when it works.
import { renderHtml, renderText, type Block, type RenderedMail } from './layout.js';
import { DEFAULT_LOCALE, MESSAGES, type InvitationFacts, type Locale } from './messages.js';

export interface InvitationMailInput extends Omit<InvitationFacts, 'expires'> {
  acceptUrl: string;
  expiresAt: Date;
  /** The workspace's IANA time zone: the expiry is written in it. */
  timezone: string;
  locale?: Locale;
}

export function formatExpiry(expiresAt: Date, timezone: string, dateLocale: string): string {
  // Written in full with the zone's name, since the recipient may live elsewhere: "18 December 2026 at 18:15 CET".
  return new Intl.DateTimeFormat(dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: timezone,
    timeZoneName: 'short',
  }).format(expiresAt);
}

export async function invitationMail(input: InvitationMailInput): Promise<RenderedMail> {
  const messages = MESSAGES[input.locale ?? DEFAULT_LOCALE];
  const words = messages.invitation;
  const facts: InvitationFacts = { ...input, expires: formatExpiry(input.expiresAt, input.timezone, messages.dateLocale) };
  const emphasised = [facts.inviterName, facts.workspaceName, ...(facts.clientName ? [facts.clientName] : [])];
  const blocks: Block[] = [
    { kind: 'paragraph', text: words.intro(facts), strong: emphasised },
    { kind: 'paragraph', text: words.role(facts) },
    { kind: 'button', label: words.button, href: input.acceptUrl },
    { kind: 'link', label: words.linkLabel, href: input.acceptUrl },
    { kind: 'paragraph', text: words.expiry(facts), strong: [facts.expires] },
    { kind: 'note', text: words.ignore },
  ];
  const title = words.title(facts);
  return {
    subject: words.subject(facts),
    html: await renderHtml({ lang: input.locale ?? DEFAULT_LOCALE, preview: words.preview(facts), title, blocks, footer: messages.footer }),
    text: renderText({ title, blocks, footer: messages.footer }),
  };
}
