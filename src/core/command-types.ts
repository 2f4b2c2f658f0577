/** The typed chat commands (parsed in commands.ts). */
import type { HandsCount } from './on-behalf';
import type { TargetCommand } from './target-commands';
import type { RsvpAnswer, VoteChoice } from './types';

/** A chat command; vote.open keeps the kind as typed so the feature can refuse secret-ballot kinds with a reason. */
export type Command =
  | { name: 'help' }
  | { name: 'meeting.new' }
  | { name: 'meeting.close' }
  | { name: 'notice' }
  | { name: 'rollcall.open' }
  | { name: 'vote.open'; title: string; kind: string }
  | { name: 'vote.close' }
  | { name: 'summary'; period?: string }
  | { name: 'roster' }
  | { name: 'rsvp'; answer: RsvpAnswer; venue?: string; reason?: string }
  | { name: 'present'; venue?: string }
  | { name: 'vote.cast'; choice: VoteChoice; comment?: string }
  // Recorded by the chair or thư ký for members in the room without a device (src/features/attendance, votes).
  | { name: 'rollcall.record'; names: string[]; venue?: string }
  | { name: 'vote.hands'; counts: HandsCount[] }
  | { name: 'unknown'; text: string }
  // During and after the meeting (speakers, tasks, targets, documents): src/features/{speakers,tasks,targets,minutes}.
  | { name: 'speaker.register' }
  | { name: 'speaker.record'; speaker: string; gist?: string }
  | { name: 'task.add'; title: string; owner: string; due?: string }
  | { name: 'task.list' }
  | { name: 'task.done'; title: string }
  | TargetCommand
  | { name: 'summary.year'; year: string }
  | { name: 'minutes'; period?: string }
  | { name: 'dashboard' }
  // The setup form with the cell's settings (src/features/setup).
  | { name: 'settings' }
  // The meeting schedule (src/features/schedule): the free text after the phrase is read by the feature.
  | { name: 'schedule.show' }
  | { name: 'schedule.rule'; text: string }
  | { name: 'schedule.reminders'; text: string }
  | { name: 'meeting.move'; when: string }
  | { name: 'meeting.cancel'; reason?: string }
  // The upper committee's report, asked by a member of that committee (src/features/committees): "2026-11", "2026-Q4", "2026".
  | { name: 'committee.report'; period?: string };
