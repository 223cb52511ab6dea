/**
 * A state change, as stored in the `events` table (which doubles as the
 * audit log) and as pushed over Socket.IO. `orgPath` is the path of the org
 * the subject belongs to; who may see the event is its audience, stored
 * beside it and never sent to clients.
 */
export interface DomainEvent<P = unknown> {
  id: number;
  type: string;
  orgPath: string;
  subject: string;
  payload: P;
  actorId: number | null;
  createdAt: string;
}

/** An event in a subject's history, with the name of who caused it. */
export interface SubjectEventDto extends DomainEvent {
  actorName: string | null;
}

/** The Socket.IO event name every domain event is sent under. */
export const SOCKET_EVENT = 'domain-event';

/**
 * Sent to sockets when events may have crossed no instance (Redis was
 * away): each client asks the events API for what it missed.
 */
export const RESYNC_EVENT = 'resync';
