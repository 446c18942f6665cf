// Danish strings for HttpDraftStore's status line: sending drafts and records to the host's back end.
export const outbox = {
  sending: 'Sender …',
  sent: 'Sendt kl. {{time}}',
  waitingSoon: 'Det er ikke sendt endnu. Der prøves igen om lidt. Intet går tabt.',
  waitingAt: 'Det er ikke sendt endnu. Der prøves igen kl. {{time}}. Intet går tabt.',
  offline: 'Ingen forbindelse. Det sendes, når forbindelsen er tilbage. Intet går tabt.',
  notQueued: 'Det indsendte kunne ikke lægges klar til afsendelse i browseren. Det står her stadig. Prøv igen.',
  rejected_one: 'Modtagersystemet afviste det indsendte. Ret det, og indsend igen.',
  rejected_other: 'Modtagersystemet afviste {{count}} indsendelser. Ret dem, og indsend igen.',
} as const;
