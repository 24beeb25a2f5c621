import { registerEnumType } from '@nestjs/graphql';

export enum MeetingKind { LEADERSHIP = 'LEADERSHIP', BOARD = 'BOARD', ONE_ON_ONE = 'ONE_ON_ONE', WORKSHOP = 'WORKSHOP', STEERING = 'STEERING', OTHER = 'OTHER' }
registerEnumType(MeetingKind, { name: 'MeetingKind' });

export enum MeetingStatus { SCHEDULED = 'SCHEDULED', HELD = 'HELD', CANCELLED = 'CANCELLED' }
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
