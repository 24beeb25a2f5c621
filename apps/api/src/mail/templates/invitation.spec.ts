import { invitationMail } from './invitation.js';

const base = {
  inviterName: 'Lee Leader',
  inviterEmail: 'lee@example.test',
  workspaceName: 'Cobalt Advisory',
  clientName: null,
  acceptUrl: 'https://allot.example.test/accept-invitation?token=ws.abc%2Bdef',
  expiresAt: new Date('2026-12-18T17:15:00Z'),
  timezone: 'Europe/Prague',
};

describe('the invitation e-mail', () => {
  it('names who invites, where, the role, the link and the expiry in the workspace’s time zone, in both parts', async () => {
    const mail = await invitationMail({ ...base, role: 'ACCOUNTANT' });
    expect(mail.subject).toBe('Lee Leader invited you to Cobalt Advisory on Allot');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('18 December 2026 at 18:15 CET');
      expect(part).toContain('As the accountant');
    }
    expect(mail.text).toContain(`Accept the invitation:\n${base.acceptUrl}\n`);
    // Once in the text: the button's link and the fallback link are the same.
    expect(mail.text.split(base.acceptUrl)).toHaveLength(2);
    expect(mail.text).not.toMatch(/<[a-z]/i);
    expect(mail.html).toContain(`href="${base.acceptUrl}"`);
    expect(mail.html).toContain('<html lang="en"');
  });

  it('names the client for a client viewer', async () => {
    const mail = await invitationMail({ ...base, role: 'CLIENT_VIEWER', clientName: 'Northwind Robotics' });
    expect(mail.text).toContain('invited you to Cobalt Advisory, for Northwind Robotics.');
    expect(mail.text).toContain('You are invited for Northwind Robotics');
  });

  it('puts names in as text, never as markup', async () => {
    const mail = await invitationMail({ ...base, role: 'LEADER', inviterName: '<img src=x onerror=alert(1)>', workspaceName: 'A & "B"' });
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('A &amp; &quot;B&quot;');
    expect(mail.subject).toBe('<img src=x onerror=alert(1)> invited you to A & "B" on Allot');
  });
});
