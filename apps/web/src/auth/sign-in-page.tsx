// The sign-in page: e-mail and password. The API sets the session cookie; we then load the app.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { PasswordField } from './password-field';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { hasErrorCode, splitErrors } from '@/shared/errors';
import { AuthLayout, safeNext } from './auth-layout';
import { logInMutation } from './log-in.mutation';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logIn, { loading }] = useMutation(logInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: typeof fieldErrors = {};
    if (!EMAIL.test(email.trim())) errors.email = 'Enter the e-mail address you signed up with';
    if (!password) errors.password = 'Enter your password';
    setFieldErrors(errors);
    setFailure(null);
    if (errors.email || errors.password) return;
    try {
      await logIn({ variables: { email: email.trim(), password } });
      await client.clearStore();
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      if (hasErrorCode(error, 'UNAUTHENTICATED')) {
        setFailure('The e-mail or password is not right.');
        return;
      }
      const { fields, general } = splitErrors(error, ['email', 'password']);
      setFieldErrors(fields);
      setFailure(general);
    }
  };

  return (
    <AuthLayout title="Sign in" subtitle="Your engagements, balances and invoices in one ledger.">
      <form onSubmit={submit} noValidate aria-label="Sign in">
        <Stack gap="md">
          {params.get('reason') === 'expired' && !failure && (
            <Alert color="blue" variant="light">
              Your session has ended. Please sign in again.
            </Alert>
          )}
          {failure && (
            <Alert color="red" variant="light" title="Could not sign in" role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="email"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordField
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" loading={loading} fullWidth>
            Sign in
          </Button>
          <Text size="sm" c="dimmed" ta="center">
            New to Allot?{' '}
            <Anchor component={Link} to="/sign-up">
              Create a workspace
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
