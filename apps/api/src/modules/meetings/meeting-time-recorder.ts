// Logs a held meeting's time: dated in the workspace's time zone, against the client's only
// active retainer that month unless the leader named one.
import { Injectable } from '@nestjs/common';
import { dateInTimeZone, monthOfDate } from '@allot/domain';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { WorkspaceEntity } from '../../database/entities.js';
import { RetainersService } from '../retainers/retainers.service.js';
import { TimeEntriesService } from '../time-entries/time-entries.service.js';

export interface MeetingTime {
  meetingId: string;
  clientId: string;
  startsAt: Date;
  minutes: number;
  retainerId: string | null;
  description: string;
}

@Injectable()
export class MeetingTimeRecorder {
  constructor(
    private readonly retainers: RetainersService,
    private readonly timeEntries: TimeEntriesService,
  ) {}

  /** Returns the id of the MEETING time entry it wrote. */
  async logMeetingTime(principal: Principal, meeting: MeetingTime): Promise<string> {
    const manager = await db();
    const workspace = await manager.findOne(WorkspaceEntity, { where: { id: principal.workspaceId } });
    if (!workspace) throw new NotFoundError('Workspace');
    const date = dateInTimeZone(meeting.startsAt, workspace.timezone);
    const retainerId = meeting.retainerId ?? (await this.onlyActiveRetainer(principal, meeting.clientId, date));
    const retainer = await this.retainers.get(principal, retainerId);
    if (retainer.clientId !== meeting.clientId) throw new NotFoundError('Retainer');
    const entry = await this.timeEntries.log(principal, {
      retainerId,
      date,
      minutes: meeting.minutes,
      category: 'MEETING',
      description: meeting.description,
      billable: true,
      meetingId: meeting.meetingId,
    });
    return entry.id;
  }

  private async onlyActiveRetainer(principal: Principal, clientId: string, date: string): Promise<string> {
    const active = await this.retainers.activeIn(principal, clientId, monthOfDate(date));
    if (active.length === 1) return active[0].id;
    if (active.length === 0) {
      throw new BadInputError('retainerId', `This client has no retainer active on ${date}: add one, or record the meeting against a retainer.`);
    }
    throw new BadInputError('retainerId', `This client has ${active.length} retainers active on ${date}: choose the one this meeting's time belongs to.`);
  }
}
