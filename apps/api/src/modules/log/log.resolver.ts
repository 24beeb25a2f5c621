import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../access/access-policy.js';
import { CurrentPrincipal } from '../../auth/decorators.js';
import type { Principal } from '../../database/request-scope.js';
import { ActionStatusEnum, LogKindEnum } from '../../graphql/enums.js';
import { ClientType } from '../clients/client.type.js';
import { UserType } from '../identity/identity.types.js';
import { AppendLogEntryInput } from './dto.js';
import { LogEntryConnectionType, LogEntryType, LogVerificationType } from './log-entry.type.js';
import { clientLoader } from '../clients/client.loader.js';
import { logAuthorLoader, logEntryLoader } from './loaders.js';
import { LogService, MAX_BODY, type NewLogEntry } from './log.service.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';

@Resolver(() => LogEntryType)
@Allow('log.read')
export class LogResolver {
  constructor(private readonly log: LogService) {}

  @Query(() => LogEntryConnectionType, { description: "A client's accountability log, newest first (by seq, descending)." })
  async accountabilityLog(
    @CurrentPrincipal() principal: Principal,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('kinds', { type: () => [LogKindEnum], nullable: true }) kinds: LogKindEnum[] | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: 'At most 200 entries per page.' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<LogEntryConnectionType> {
    return LogEntryConnectionType.from(await this.log.page(principal, clientId, { kinds, first, after }));
  }

  @Query(() => LogVerificationType)
  async verifyAccountabilityLog(
    @CurrentPrincipal() principal: Principal,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<LogVerificationType> {
    return LogVerificationType.from(await this.log.verify(principal, clientId));
  }

  @Mutation(() => LogEntryType, { description: 'Leader: any kind but STATUS_CHANGE and SYSTEM. Client viewer: COMMENT only.' })
  async appendLogEntry(@CurrentPrincipal() principal: Principal, @Args('input') input: AppendLogEntryInput): Promise<LogEntryType> {
    return LogEntryType.from(await this.log.appendAsUser(principal, { ...input, kind: input.kind as NewLogEntry['kind'] }));
  }

  @Mutation(() => LogEntryType, { description: 'Appends a STATUS_CHANGE entry referring to the action item; returns that entry.' })
  @Allow('actionItem.setStatus')
  async setActionItemStatus(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ActionStatusEnum }) status: ActionStatusEnum,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<LogEntryType> {
    if (note && note.length > MAX_BODY) throw new BadInputError('note', `note must be at most ${MAX_BODY} characters.`);
    return LogEntryType.from(await this.log.setActionItemStatus(principal, id, status, note));
  }

  @ResolveField('client', () => ClientType)
  async client(@CurrentPrincipal() principal: Principal, @Parent() entry: LogEntryType): Promise<ClientType> {
    const client = await clientLoader(principal).load(entry.clientId);
    if (!client) throw new NotFoundError('Client');
    return ClientType.from(client);
  }

  @ResolveField('refersTo', () => LogEntryType, { nullable: true })
  async refersTo(@CurrentPrincipal() principal: Principal, @Parent() entry: LogEntryType): Promise<LogEntryType | null> {
    if (!entry.refersToId) return null;
    const target = await logEntryLoader(principal, this.log).load(entry.refersToId);
    return target ? LogEntryType.from(target) : null;
  }

  @ResolveField('author', () => UserType, { nullable: true, description: 'Null for entries written by the system.' })
  async author(@Parent() entry: LogEntryType): Promise<UserType | null> {
    if (!entry.authorId) return null;
    const user = await logAuthorLoader().load(entry.authorId);
    return user ? { id: user.id, email: user.email, name: user.name } : null;
  }
}
