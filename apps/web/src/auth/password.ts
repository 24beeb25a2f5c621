// The password rule the sign-up and invitation forms check before the API does.
export const MIN_PASSWORD = 10;
