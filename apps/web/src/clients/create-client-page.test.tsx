import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, renderApp } from '@/test/render';
import { validateClient, emptyClient } from './client-form';
import { createClientMutation } from './create-client.mutation';
import { CreateClientPage } from './create-client-page';

const input = {
  name: 'Northwind',
  legalName: 'Northwind Robotics B.V.',
  addressLine: 'Keizersgracht 1',
  city: 'Amsterdam',
  postalCode: '1015 CJ',
  country: 'NL',
  vatId: 'NL123456789B01',
  billingEmail: 'billing@northwind.test',
  currency: 'EUR',
};

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** Mantine's Select takes a whole option label typed (or autofilled) into it as a choice. */
function chooseCountry(label: string) {
  fireEvent.change(screen.getByRole('combobox', { name: /^Country/ }), { target: { value: label } });
}

function fillValid() {
  type(/^Name/, ' Northwind ');
  type(/^Legal name/, 'Northwind Robotics B.V.');
  type(/^Address/, 'Keizersgracht 1');
  type(/^Postal code/, '1015 CJ');
  type(/^City/, 'Amsterdam');
  chooseCountry('Netherlands (NL)');
  type(/^VAT id/, 'nl 123456789 b01');
  type(/^Billing e-mail/, 'billing@northwind.test');
}

describe('validateClient', () => {
  it('names every missing field', () => {
    const errors = validateClient(emptyClient('EUR'));
    expect(Object.keys(Object.fromEntries(Object.entries(errors).filter(([, m]) => m))).sort()).toEqual(
      ['addressLine', 'billingEmail', 'city', 'country', 'legalName', 'name', 'postalCode'].sort(),
    );
  });

  it('accepts a complete client and refuses unknown codes', () => {
    const ok = validateClient(input);
    expect(Object.values(ok).filter(Boolean)).toEqual([]);
    expect(validateClient({ ...input, country: 'XX' }).country).toBeTruthy();
    expect(validateClient({ ...input, currency: 'EURO' }).currency).toBeTruthy();
    expect(validateClient({ ...input, billingEmail: 'nope' }).billingEmail).toBeTruthy();
    expect(validateClient({ ...input, vatId: '' }).vatId).toBeUndefined();
  });
});

describe('CreateClientPage', () => {
  it('shows client-side errors at the fields without calling the API', async () => {
    renderApp(<CreateClientPage />, { path: '/clients/new' });
    fireEvent.click(await screen.findByRole('button', { name: 'Create client' }));
    expect(await screen.findByText('Enter the name you call this client')).toBeTruthy();
    expect(screen.getByText('Choose the country')).toBeTruthy();
    expect(screen.getByText('Enter the e-mail address invoices go to')).toBeTruthy();
  });

  it('shows the API’s BAD_USER_INPUT error at the field it names', async () => {
    renderApp(<CreateClientPage />, {
      path: '/clients/new',
      mocks: [
        {
          request: { query: createClientMutation, variables: { input } },
          result: { errors: [graphQLError('This VAT id is not valid for NL', 'BAD_USER_INPUT', 'input.vatId')] },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Create client' });
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
    const message = await screen.findByText('This VAT id is not valid for NL');
    const field = screen.getByLabelText(/^VAT id/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby') ?? '').toContain(message.id);
  });

  it('creates the client and opens its page', async () => {
    const { router } = renderApp(<CreateClientPage />, {
      path: '/clients/new',
      otherRoutes: [{ path: '/clients/:id', element: <div>Client page</div> }],
      mocks: [
        {
          request: { query: createClientMutation, variables: { input } },
          result: {
            data: {
              createClient: {
                __typename: 'Client',
                id: 'c-42',
                archived: false,
                ...input,
              },
            },
          },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Create client' });
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
    await screen.findByText('Client page');
    expect(router.state.location.pathname).toBe('/clients/c-42');
  });
});
