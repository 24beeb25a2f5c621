// The password input of the sign-in, sign-up and invitation forms. Its show/hide button is named
// without the word "password", so the field is the only element labelled Password.
import { PasswordInput, type PasswordInputProps } from '@mantine/core';

export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show or hide what you typed' }} {...props} />;
}
