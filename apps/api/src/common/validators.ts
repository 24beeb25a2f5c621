// class-validator decorators for the ISO codes the contract uses, with messages a person can act on.
// The checks are @allot/domain's: a code accepted here is one invoicing can use.
import { isCountryCode, isCurrencyCode, isValidTimeZone } from '@allot/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value) => isCountryCode(value),
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
        validate: (value) => isCurrencyCode(value),
        defaultMessage: (args) => `${args?.property} must be a current ISO 4217 currency code such as EUR or USD.`,
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
        validate: (value) => isValidTimeZone(value),
        defaultMessage: (args) => `${args?.property} must be an IANA time zone such as Europe/Prague.`,
      },
    },
    options,
  );
}

/** A string with something besides whitespace: services trim, and the column needs a character. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: (args) => `${args?.property} must not be blank.`,
      },
    },
    options,
  );
}

/**
 * A finite number with at most `places` decimals. class-validator's IsNumber({ maxDecimalPlaces })
 * throws a TypeError on numbers JavaScript prints in exponent notation (5e-324, 1e-7), which
 * surfaced as an internal error; this one compares the value with itself rounded instead.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      validator: {
        validate: (value) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: (args) => `${args?.property} must be a number with at most ${places} decimals.`,
      },
    },
    options,
  );
}
