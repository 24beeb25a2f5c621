import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal } from '../../auth/decorators.js';
import type { Principal } from '../../database/request-scope.js';
import { DateScalar, MonthScalar } from '../../graphql/scalars.js';
import { ClientType } from '../clients/client.type.js';
import { clientLoader } from '../clients/client.loader.js';
import { NotFoundError } from '../../common/errors.js';
import { InvoiceFilter } from './dto.js';
import { InvoiceConnectionType, InvoiceLineType, InvoiceType } from './invoice.type.js';
import { invoiceLinesLoader, invoiceLoader } from './invoices.repository.js';
import { InvoicesService } from './invoices.service.js';

@Resolver(() => InvoiceType)
export class InvoicesResolver {
  constructor(private readonly service: InvoicesService) {}

  @Query(() => InvoiceConnectionType)
  async invoices(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => InvoiceFilter, nullable: true }) filter: InvoiceFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<InvoiceConnectionType> {
    const page = await this.service.page(principal, filter, first, after);
    return {
      nodes: page.nodes.map(InvoiceType.from),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => InvoiceType, { nullable: true })
  async invoice(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<InvoiceType> {
    return InvoiceType.from(await this.service.get(principal, id));
  }

  @Mutation(() => [InvoiceType])
  @Allow('invoice.write')
  async generateInvoices(@CurrentPrincipal() principal: Principal, @Args('month', { type: () => MonthScalar }) month: string): Promise<InvoiceType[]> {
    return (await this.service.generate(principal, month)).map(InvoiceType.from);
  }

  @Mutation(() => InvoiceType)
  @Allow('invoice.write')
  async issueInvoice(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<InvoiceType> {
    return InvoiceType.from(await this.service.issue(principal, id));
  }

  @Mutation(() => InvoiceType)
  @Allow('invoice.markPaid')
  async markInvoicePaid(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('paidOn', { type: () => DateScalar }) paidOn: string,
  ): Promise<InvoiceType> {
    return InvoiceType.from(await this.service.markPaid(principal, id, paidOn));
  }

  @Mutation(() => InvoiceType)
  @Allow('invoice.write')
  async creditInvoice(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<InvoiceType> {
    return InvoiceType.from(await this.service.credit(principal, id, reason));
  }

  @ResolveField('client', () => ClientType)
  async client(@CurrentPrincipal() principal: Principal, @Parent() invoice: InvoiceType): Promise<ClientType> {
    const client = await clientLoader(principal).load(invoice.clientId);
    if (!client) throw new NotFoundError('Client');
    return ClientType.from(client);
  }

  @ResolveField('lines', () => [InvoiceLineType])
  async lines(@CurrentPrincipal() principal: Principal, @Parent() invoice: InvoiceType): Promise<InvoiceLineType[]> {
    const lines = await invoiceLinesLoader(principal, this.service.repository).load(invoice.id);
    return lines.map((line) => InvoiceLineType.from(line, invoice.currency));
  }

  @ResolveField('creditedInvoice', () => InvoiceType, { nullable: true, description: 'For a credit note: the invoice it reverses.' })
  async creditedInvoice(@CurrentPrincipal() principal: Principal, @Parent() invoice: InvoiceType): Promise<InvoiceType | null> {
    if (!invoice.creditedInvoiceId) return null;
    const credited = await invoiceLoader(principal, this.service.repository).load(invoice.creditedInvoiceId);
    return credited ? InvoiceType.from(credited) : null;
  }
}
