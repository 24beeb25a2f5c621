import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyType, money, PageInfoType } from '../../graphql/common.types.js';
import { InvoiceKindEnum, InvoiceStatusEnum } from '../../graphql/enums.js';
import { DateScalar, MonthScalar } from '../../graphql/scalars.js';
import type { InvoiceEntity, InvoiceLineEntity } from './invoice.entity.js';

@ObjectType('InvoiceLine')
export class InvoiceLineType {
  @Field() description: string;
  @Field(() => Float) quantity: number;
  @Field({ description: 'UN/ECE Recommendation 20 unit code: MON for a monthly fee, DAY for days.' }) unitCode: string;
  @Field(() => MoneyType) unitPrice: MoneyType;
  @Field(() => MoneyType) net: MoneyType;
  @Field(() => Float) vatRatePercent: number;

  static from(line: InvoiceLineEntity, currency: string): InvoiceLineType {
    return {
      description: line.description,
      quantity: line.quantity,
      unitCode: line.unitCode,
      unitPrice: money(line.unitPriceMinor, currency),
      net: money(line.netMinor, currency),
      vatRatePercent: line.vatRatePercent,
    };
  }
}

@ObjectType('Invoice')
export class InvoiceType {
  @Field(() => ID) id: string;
  @Field(() => InvoiceKindEnum) kind: InvoiceKindEnum;
  @Field(() => String, { nullable: true, description: 'Null while DRAFT.' }) number: string | null;
  @Field(() => InvoiceStatusEnum) status: InvoiceStatusEnum;
  @Field(() => MonthScalar) periodMonth: string;
  @Field(() => DateScalar, { nullable: true }) issueDate: string | null;
  @Field(() => DateScalar, { nullable: true }) dueDate: string | null;
  @Field() currency: string;
  @Field() reverseCharge: boolean;
  @Field(() => MoneyType) netTotal: MoneyType;
  @Field(() => MoneyType) vatTotal: MoneyType;
  @Field(() => MoneyType) grossTotal: MoneyType;
  @Field(() => DateScalar, { nullable: true }) paidOn: string | null;
  @Field({ description: 'Paths of the downloads, relative to the API origin: GET with the same credentials.' }) pdfPath: string;
  @Field() ublPath: string;

  // Resolved by InvoicesResolver (client, lines, creditedInvoice); not fields themselves.
  clientId: string;
  creditedInvoiceId: string | null;

  static from(invoice: InvoiceEntity): InvoiceType {
    return {
      id: invoice.id,
      kind: invoice.kind as InvoiceKindEnum,
      number: invoice.number,
      status: invoice.status as InvoiceStatusEnum,
      periodMonth: invoice.periodMonth,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      currency: invoice.currency,
      reverseCharge: invoice.reverseCharge,
      netTotal: money(invoice.netTotalMinor, invoice.currency),
      vatTotal: money(invoice.vatTotalMinor, invoice.currency),
      grossTotal: money(invoice.grossTotalMinor, invoice.currency),
      paidOn: invoice.paidOn,
      pdfPath: `/api/invoices/${invoice.id}/pdf`,
      ublPath: `/api/invoices/${invoice.id}/ubl`,
      clientId: invoice.clientId,
      creditedInvoiceId: invoice.creditedInvoiceId,
    };
  }
}

@ObjectType('InvoiceConnection')
export class InvoiceConnectionType {
  @Field(() => [InvoiceType]) nodes: InvoiceType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}
