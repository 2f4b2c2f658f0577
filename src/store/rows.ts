/** Row types of the store, named once so features do not reach into the generated client. */
export type {
  AgendaItem,
  Attendance,
  AuditEvent,
  Ballot,
  Cell,
  ChannelAccount,
  Conversation,
  Guest,
  Meeting,
  Member,
  Motion,
  Opinion,
  Speech,
  Target,
  Task,
} from './generated/sqlite/client';
