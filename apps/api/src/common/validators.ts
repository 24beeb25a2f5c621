// class-validator decorators for the ISO codes the contract uses, with messages a person can act on.
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCountryCode, isCurrencyCode, isTimeZone } from './iso.js';

export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value) => typeof value === 'string' && isCountryCode(value),
        defaultMessage: (args) => `${args?.property} must be an ISO 3166-1 alpha-2 country code such as DE or US.`,
      },
    },
    options,
  );
}

export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value) => typeof value === 'string' && isCurrencyCode(value),
        defaultMessage: (args) => `${args?.property} must be an ISO 4217 currency code such as EUR or USD.`,
      },
    },
    options,
  );
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value) => typeof value === 'string' && isTimeZone(value),
        defaultMessage: (args) => `${args?.property} must be an IANA time zone such as Europe/Prague.`,
      },
    },
    options,
  );
}
