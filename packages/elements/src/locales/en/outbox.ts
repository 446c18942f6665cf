import type { Messages } from '../types.js';
import type { outbox as da } from '../da/outbox.js';

export const outbox: Messages<typeof da> = {
  sending: 'Sending …',
  sent: 'Sent at {{time}}',
  waitingSoon: 'Not sent yet. Trying again shortly. Nothing is lost.',
  waitingAt: 'Not sent yet. Trying again at {{time}}. Nothing is lost.',
  offline: 'No connection. It will be sent when the connection is back. Nothing is lost.',
  notQueued: 'What you submitted could not be queued for sending in this browser. It is still here. Try again.',
  rejected_one: 'The receiving system refused what was submitted. Correct it and submit again.',
  rejected_other: 'The receiving system refused {{count}} submissions. Correct them and submit again.',
};
