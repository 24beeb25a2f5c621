// One invoice with its lines, for review before issuing and for reading afterwards.
import { graphql } from '@/gql';

export const invoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      ...InvoiceRow_invoice
      reverseCharge
      lines {
        description
        quantity
        unitCode
        unitPrice {
          amountMinor
          currency
        }
        net {
          amountMinor
          currency
        }
        vatRatePercent
      }
      creditedInvoice {
        id
        number
      }
      client {
        id
        name
        legalName
        addressLine
        city
        postalCode
        country
        vatId
        billingEmail
      }
    }
  }
`);
