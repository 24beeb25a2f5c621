// Accepting an invitation link (/accept-invitation?token=…): the invitee chooses their name and
// password and lands in the workspace with the role they were invited for.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from './password-field';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useFormState } from '@/shared/form';
import { FormError } from '@/shared/query-state';
import { acceptInvitationMutation } from './accept-invitation.mutation';
import { AuthLayout } from './auth-layout';
import { MIN_PASSWORD } from './password';

export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [accept, { loading }] = useMutation(acceptInvitationMutation);
  const tokenFromLink = params.get('token') ?? '';
  const form = useFormState({ token: tokenFromLink, name: '', password: '' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      token: v.token.trim() ? undefined : 'Paste the invitation code from your e-mail',
      name: v.name.trim() ? undefined : 'Enter your name',
      password: v.password.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters`,
    }));
    if (!ok) return;
    try {
      const { token, name, password } = form.values;
      await accept({ variables: { input: { token: token.trim(), name: name.trim(), password } } });
      await client.clearStore();
      navigate('/', { replace: true });
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <AuthLayout title="Accept your invitation" subtitle="Choose your name and a password to join the workspace.">
      <form onSubmit={submit} noValidate aria-label="Accept invitation">
        <Stack gap="md">
          <FormError message={form.general} />
          {!tokenFromLink && <TextInput label="Invitation code" required {...form.text('token')} />}
          {tokenFromLink && form.errors.token && <FormError message={form.errors.token} />}
          <TextInput label="Your name" autoComplete="name" required {...form.text('name')} />
          <PasswordField
            label="Password"
            description={`At least ${MIN_PASSWORD} characters`}
            autoComplete="new-password"
            required
            {...form.text('password')}
          />
          <Button type="submit" loading={loading} fullWidth>
            Join workspace
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
