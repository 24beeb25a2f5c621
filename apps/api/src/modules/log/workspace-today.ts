// "Today" is a date on the workspace's wall calendar (its IANA time zone), not the server's:
// a deliverable due today in Tokyo is not overdue yet for a server in UTC.
import { dateInTimeZone, type IsoDate } from '@allot/domain';
import { In } from 'typeorm';
import { db } from '../../database/db.js';
import { WorkspaceEntity } from '../../database/entities.js';
import { NotFoundError } from '../../common/errors.js';
import { requestLoader } from '../../graphql/request-loaders.js';

/** Today in the workspace's time zone, read once per request. */
export async function workspaceToday(workspaceId: string): Promise<IsoDate> {
  const loader = requestLoader<string, IsoDate | null>('log.workspaceToday', async (ids) => {
    const manager = await db();
    const rows = await manager.find(WorkspaceEntity, { where: { id: In([...ids]) }, select: { id: true, timezone: true } });
    const now = new Date();
    const today = new Map(rows.map((row) => [row.id, dateInTimeZone(now, row.timezone)]));
    return ids.map((id) => today.get(id) ?? null);
  });
  const today = await loader.load(workspaceId);
  if (!today) throw new NotFoundError('Workspace');
  return today;
}
