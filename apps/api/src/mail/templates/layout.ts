// The frame every e-mail shares, in MJML: MJML compiles it to the table-based, inline-styled HTML
// that mail clients render (responsive on phones, readable in Outlook). Templates give blocks of
// content; every value they put in is escaped here, so a name like `<b>Acme & Co</b>` arrives as
// text, never as markup. Each message also has a plain-text part, written by the template itself
// rather than scraped from the HTML, so that it reads well on its own.
import mjml2html from 'mjml';

/** A finished message: what the outbox stores and the worker sends. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** A piece of content: a paragraph, a call to action, or a small print line. */
export type Block =
  | { kind: 'paragraph'; text: string; strong?: readonly string[] }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'link'; label: string; href: string }
  | { kind: 'note'; text: string };

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escapes the text, then sets the given phrases (themselves escaped) in bold. */
function paragraph(text: string, strong: readonly string[] = []): string {
  let html = escapeHtml(text);
  for (const phrase of strong) {
    const escaped = escapeHtml(phrase);
    if (escaped) html = html.split(escaped).join(`<strong>${escaped}</strong>`);
  }
  return html;
}

function block(item: Block): string {
  switch (item.kind) {
    case 'paragraph':
      return `<mj-text font-size="16px" line-height="24px">${paragraph(item.text, item.strong)}</mj-text>`;
    case 'button':
      return `<mj-button href="${escapeHtml(item.href)}" background-color="#1c7ed6" color="#ffffff" font-size="16px" border-radius="6px" inner-padding="12px 24px" align="left">${escapeHtml(item.label)}</mj-button>`;
    case 'link':
      return `<mj-text font-size="13px" line-height="20px" color="#495057">${escapeHtml(item.label)}<br /><a href="${escapeHtml(item.href)}" style="color:#1c7ed6;word-break:break-all">${escapeHtml(item.href)}</a></mj-text>`;
    case 'note':
      return `<mj-text font-size="13px" line-height="20px" color="#868e96">${escapeHtml(item.text)}</mj-text>`;
  }
}

export interface LayoutInput {
  /** The document's language, BCP 47 (`en`). */
  lang: string;
  /** The first line a mail client shows beside the subject. */
  preview: string;
  title: string;
  blocks: readonly Block[];
  footer: string;
}

export async function renderHtml(input: LayoutInput): Promise<string> {
  const source = `<mjml lang="${escapeHtml(input.lang)}">
  <mj-head>
    <mj-title>${escapeHtml(input.title)}</mj-title>
    <mj-preview>${escapeHtml(input.preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" />
      <mj-text color="#212529" padding="8px 24px" />
      <mj-button padding="16px 24px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f1f3f5" width="600px">
    <mj-section padding="24px 0 8px">
      <mj-column>
        <mj-text font-size="20px" font-weight="700" color="#1c7ed6">Allot</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" border-radius="8px" padding="16px 0">
      <mj-column>
        <mj-text font-size="22px" line-height="30px" font-weight="700">${escapeHtml(input.title)}</mj-text>
        ${input.blocks.map(block).join('\n        ')}
      </mj-column>
    </mj-section>
    <mj-section padding="8px 0 24px">
      <mj-column>
        <mj-text font-size="12px" line-height="18px" color="#868e96">${escapeHtml(input.footer)}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  // Strict: a template that produces invalid MJML fails loudly here (and in its test), rather
  // than sending whatever MJML made of it.
  const result = await mjml2html(source, { validationLevel: 'strict', keepComments: false });
  return result.html;
}

/** The plain-text part: the same blocks, as text a person reads in a terminal or a watch. */
export function renderText(input: Omit<LayoutInput, 'lang' | 'preview'>): string {
  const lines = [input.title, ''];
  const linked = new Set<string>();
  for (const item of input.blocks) {
    if (item.kind === 'paragraph' || item.kind === 'note') lines.push(item.text, '');
    // In text a button is its link; the "or open this link" fallback would only repeat it.
    else if (!linked.has(item.href)) {
      linked.add(item.href);
      lines.push(`${item.label.replace(/:$/, '')}:`, item.href, '');
    }
  }
  lines.push('--', input.footer);
  return `${lines.join('\n')}\n`;
}
