// Creating a workspace: the new user becomes its leader and is signed in.
import { isCurrencyCode, isValidTimeZone } from '@allot/domain';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { PasswordField } from './password-field';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useFormState } from '@/shared/form';
import { browserTimeZone, currencyOptions, rankedFilter, timeZoneOptions } from '@/shared/options';
import { FormError } from '@/shared/query-state';
import { AuthLayout } from './auth-layout';
import { signUpMutation } from './sign-up.mutation';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
import { MIN_PASSWORD } from './password';

export function SignUpPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signUp, { loading }] = useMutation(signUpMutation);
  const form = useFormState({
    name: '',
    email: '',
    password: '',
    workspaceName: '',
    timezone: browserTimeZone(),
    currency: 'EUR',
  });
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      name: v.name.trim() ? undefined : 'Enter your name',
      email: EMAIL.test(v.email.trim()) ? undefined : 'Enter a valid e-mail address',
      password: v.password.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters`,
      workspaceName: v.workspaceName.trim() ? undefined : 'Name your practice, e.g. "Jane Doe Advisory"',
      timezone: isValidTimeZone(v.timezone) ? undefined : 'Choose a time zone',
      currency: isCurrencyCode(v.currency) ? undefined : 'Choose a currency',
    }));
    if (!ok) return;
    try {
      await signUp({
        variables: {
          input: {
            ...values,
            name: values.name.trim(),
            email: values.email.trim(),
            workspaceName: values.workspaceName.trim(),
          },
        },
      });
      await client.clearStore();
      navigate('/', { replace: true });
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <AuthLayout title="Create your workspace" subtitle="For your fractional practice: you will be its leader.">
      <form onSubmit={submit} noValidate aria-label="Create your workspace">
        <Stack gap="md">
          <FormError message={form.general} />
          <TextInput label="Your name" autoComplete="name" required {...form.text('name')} />
          <TextInput label="E-mail" type="email" autoComplete="email" required {...form.text('email')} />
          <PasswordField
            label="Password"
            description={`At least ${MIN_PASSWORD} characters`}
            autoComplete="new-password"
            required
            {...form.text('password')}
          />
          <TextInput label="Practice name" required {...form.text('workspaceName')} />
          <Select
            label="Time zone"
            description="Dates of time entries and months are counted in this zone"
            searchable
            selectFirstOptionOnChange
            required
            data={timeZoneOptions()}
            filter={rankedFilter}
            value={values.timezone}
            onChange={(v) => form.setField('timezone', v ?? '')}
            error={form.errors.timezone}
            allowDeselect={false}
            limit={50}
          />
          <Select
            label="Default currency"
            searchable
            selectFirstOptionOnChange
            required
            data={currencyOptions()}
            filter={rankedFilter}
            value={values.currency}
            onChange={(v) => form.setField('currency', v ?? '')}
            error={form.errors.currency}
            allowDeselect={false}
            limit={50}
          />
          <Button type="submit" loading={loading} fullWidth>
            Create workspace
          </Button>
          <Text size="sm" c="dimmed" ta="center">
            Already have an account?{' '}
            <Anchor component={Link} to="/sign-in">
              Sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
