import { expect } from '@open-wc/testing';
import { type Referral, REFERRAL_STATUSES, canTransition, createReferral, parseRecord, transitionReferral, withdrawConsent } from './index.js';
import { exampleIndstilling, exampleUnderretning } from './examples/index.js';
import { exampleAuthor, exampleChild } from './examples/shared.js';

function codes(input: unknown): string[][] {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}
const clone = (r: Referral): Referral => structuredClone(r);

/** A referral moved back to its draft state, keeping everything that was filled in. */
function asDraft(referral: Referral): Referral {
  return { ...clone(referral), status: 'draft', statusHistory: referral.statusHistory.slice(0, 1) };
}

describe('Referral', () => {
  it('accepts the examples and a fresh draft of either type', () => {
    expect(codes(exampleIndstilling)).to.deep.equal([]);
    expect(codes(exampleUnderretning)).to.deep.equal([]);
    expect(codes(createReferral({ author: exampleAuthor, child: exampleChild, referralType: 'underretning' }))).to.deep.equal([]);
    expect(codes(createReferral({ author: exampleAuthor, child: exampleChild, referralType: 'indstilling' }))).to.deep.equal([]);
  });

  it('the examples tell the same child’s story as the other examples', () => {
    expect(exampleIndstilling.child).to.deep.equal({ id: 'child-7f3a', displayName: 'Ida', birthYear: 2020, context: 'skole', group: '0.B' });
    expect(exampleUnderretning.child).to.deep.equal(exampleIndstilling.child);
    expect(exampleIndstilling.author).to.deep.equal({ name: 'Mette Holm', role: 'pædagog', institution: 'Østervang Skole' });
    expect(exampleIndstilling).to.include({ referralType: 'indstilling', status: 'sent' });
    expect(exampleIndstilling.consents.map((c) => c.parentId)).to.deep.equal(exampleIndstilling.parents.filter((p) => p.custody).map((p) => p.id));
    expect(exampleUnderretning).to.include({ referralType: 'underretning', ground: 'overgreb' });
    expect(exampleUnderretning.consents).to.deep.equal([]);
    expect(exampleUnderretning.parentContact).to.deep.equal({ contacted: false, exception: 'suspected-abuse-by-parent' });
  });

  it('creates drafts with unique ids, the author as reporter and the draft stamped in the status history', () => {
    const now = new Date('2026-11-20T08:00:00Z');
    const a = createReferral({ author: exampleAuthor, child: exampleChild, referralType: 'indstilling', now });
    const b = createReferral({ author: exampleAuthor, child: exampleChild, referralType: 'indstilling', now });
    expect(a.id).to.not.equal(b.id);
    expect(a.status).to.equal('draft');
    expect(a.statusHistory).to.deep.equal([{ status: 'draft', at: '2026-11-20T08:00:00.000Z' }]);
    expect(a.reporter).to.deep.equal({ name: 'Mette Holm', role: 'pædagog', institution: 'Østervang Skole' });
    expect(a.childDetails).to.deep.equal({ name: 'Ida' });
  });

  it('lets a draft be incomplete, and names everything missing once it is not a draft', () => {
    const draft = createReferral({ author: exampleAuthor, child: exampleChild, referralType: 'underretning', now: new Date('2026-11-20T08:00:00Z') });
    expect(codes(draft)).to.deep.equal([]);
    const sent: Referral = { ...draft, status: 'sent', statusHistory: [...draft.statusHistory, { status: 'sent', at: '2026-11-20T09:00:00Z' }] };
    expect(codes(sent)).to.deep.equal([
      ['required', 'reporter.workAddress'],
      ['required', 'reporter.relationToChild'],
      ['required', 'description'],
      ['ground_required', 'ground'],
      ['child_perspective_required', 'childPerspective'],
      ['resources_required', 'resources'],
      ['parent_contact_required', 'parentContact'],
    ]);
  });

  it('an underretning needs a § 133 ground, and no consent', () => {
    const referral = clone(exampleUnderretning);
    delete referral.ground;
    expect(codes(referral)).to.deep.equal([['ground_required', 'ground']]);
    expect(codes(asDraft(referral))).to.deep.equal([]);
    (referral as { ground: string }).ground = 'bekymring';
    expect(codes(referral)).to.deep.equal([['invalid_value', 'ground']]);
  });

  it('an indstilling needs consent from every custody holder', () => {
    const none = clone(exampleIndstilling);
    none.consents = [];
    expect(codes(none)).to.deep.equal([['consent_required', 'consents']]);
    expect(codes(asDraft(none))).to.deep.equal([]);

    const one = clone(exampleIndstilling);
    one.consents = one.consents.slice(0, 1);
    const result = parseRecord(one);
    expect(result).to.deep.equal({ ok: false, issues: [{ code: 'consent_missing_holder', path: ['parents', 1], params: { name: 'Anders Nielsen' } }] });
    // A parent without custody does not need to consent.
    one.parents[1]!.custody = false;
    expect(codes(one)).to.deep.equal([]);
  });

  it('matches consent to a custody holder by parent id, not by name', () => {
    const referral = clone(exampleIndstilling);
    referral.consents[1]!.parentId = 'par-someone-else';
    expect(codes(referral)).to.deep.equal([['consent_missing_holder', 'parents.1']]);
    delete referral.consents[1]!.parentId;
    expect(codes(referral)).to.deep.equal([['consent_missing_holder', 'parents.1']]);
  });

  it('a consent withdrawn before sending does not count; one withdrawn after sending still does', () => {
    const before = clone(exampleIndstilling);
    before.consents[1] = withdrawConsent(before.consents[1]!, '2026-11-14T10:00:00Z');
    expect(codes(before)).to.deep.equal([['consent_missing_holder', 'parents.1']]);
    const both = clone(before);
    both.consents[0] = withdrawConsent(both.consents[0]!, '2026-11-14T10:00:00Z');
    expect(codes(both)).to.deep.equal([['consent_required', 'consents']]);
    const after = clone(exampleIndstilling);
    after.consents[1] = withdrawConsent(after.consents[1]!, '2026-11-20T10:00:00Z');
    expect(codes(after)).to.deep.equal([]);
  });

  it('a consent given after the referral was sent does not count', () => {
    const referral = clone(exampleIndstilling);
    referral.consents[1]!.givenAt = '2026-11-17T10:00:00Z';
    expect(codes(referral)).to.deep.equal([['consent_missing_holder', 'parents.1']]);
  });

  it('rejects duplicate parent and consent ids, which consent matching depends on', () => {
    const referral = clone(exampleIndstilling);
    referral.parents[1]!.id = 'par-lene';
    referral.consents[1]!.id = 'con-lene';
    const result = parseRecord(referral);
    expect(!result.ok && result.issues.slice(0, 2)).to.deep.equal([
      { code: 'duplicate_id', path: ['parents', 1, 'id'], params: { id: 'par-lene' } },
      { code: 'duplicate_id', path: ['consents', 1, 'id'], params: { id: 'con-lene' } },
    ]);
  });

  it("requires the child's perspective, the child's resources and contact with the parents before sending", () => {
    const referral = clone(exampleIndstilling);
    referral.childPerspective = { statement: 'Ida siger …' };
    delete referral.resources;
    referral.parentContact = { contacted: false };
    expect(codes(referral)).to.deep.equal([
      ['child_perspective_required', 'childPerspective'],
      ['resources_required', 'resources'],
      ['parent_contact_required', 'parentContact'],
    ]);
    referral.childPerspective = { notInvolvedReason: 'Ida var syg i perioden; hun inddrages ved første møde.' };
    referral.resources = 'Kreativ og hjælpsom.';
    referral.parentContact = { contacted: false, exception: 'suspected-abuse-by-parent' };
    expect(codes(referral)).to.deep.equal([]);
    delete referral.parentContact;
    referral.resources = '   ';
    expect(codes(referral)).to.deep.equal([
      ['resources_required', 'resources'],
      ['parent_contact_required', 'parentContact'],
    ]);
  });

  it('lets an underretning be sent without the parents contacted: the duty does not wait for them', () => {
    const referral = clone(exampleUnderretning);
    referral.parentContact = { contacted: false };
    expect(codes(referral)).to.deep.equal([]);
    delete referral.parentContact;
    expect(codes(referral)).to.deep.equal([['parent_contact_required', 'parentContact']]);
  });

  it('asks for the work address, never a private one, before sending', () => {
    const referral = clone(exampleIndstilling);
    delete referral.reporter.workAddress;
    expect(codes(referral)).to.deep.equal([['required', 'reporter.workAddress']]);
    expect(Object.keys(exampleIndstilling.reporter)).to.not.include('address');
  });

  it('needs the name of a recipient of type other before sending', () => {
    const referral = clone(exampleIndstilling);
    referral.recipient = { type: 'other' };
    expect(codes(referral)).to.deep.equal([['required', 'recipient.name']]);
    referral.recipient = { type: 'other', name: 'Skolens AKT-team' };
    expect(codes(referral)).to.deep.equal([]);
  });

  it('validates a CPR when present, stores it with the hyphen, and never requires one', () => {
    const referral = clone(exampleUnderretning);
    referral.childDetails.cpr = '310299-1234';
    expect(codes(referral)).to.deep.equal([['cpr_invalid', 'childDetails.cpr']]);
    referral.childDetails.cpr = '0106204128';
    const parsed = parseRecord(referral, 'referral');
    expect(parsed.ok && parsed.value.childDetails.cpr).to.equal('010620-4128');
    delete referral.childDetails.cpr;
    expect(codes(referral)).to.deep.equal([]);
  });
});

describe('Referral status', () => {
  it('allows exactly draft → sent → receipt-confirmed → outcome', () => {
    const allowed = REFERRAL_STATUSES.flatMap((from) => REFERRAL_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).to.deep.equal(['draft→sent', 'sent→receipt-confirmed', 'receipt-confirmed→outcome']);
  });

  it('rejects skipping a step and going back', () => {
    const draft = asDraft(exampleIndstilling);
    expect(transitionReferral(draft, 'outcome', '2026-11-20T10:00:00Z', { kind: 'support-started' })).to.deep.equal({
      ok: false,
      issues: [{ code: 'illegal_transition', path: ['status'], params: { from: 'draft', to: 'outcome' } }],
    });
    expect(transitionReferral(exampleIndstilling, 'draft', '2026-11-20T10:00:00Z')).to.deep.equal({
      ok: false,
      issues: [{ code: 'illegal_transition', path: ['status'], params: { from: 'sent', to: 'draft' } }],
    });
    expect(transitionReferral(exampleIndstilling, 'sent', '2026-11-20T10:00:00Z')).to.deep.equal({
      ok: false,
      issues: [{ code: 'illegal_transition', path: ['status'], params: { from: 'sent', to: 'sent' } }],
    });
  });

  it('moves along every legal step, stamping the time, and never mutates the input', () => {
    const draft = asDraft(exampleIndstilling);
    const before = clone(draft);
    const sent = transitionReferral(draft, 'sent', '2026-11-16T08:30:00Z');
    expect(draft).to.deep.equal(before);
    if (!sent.ok) throw new Error(JSON.stringify(sent.issues));
    expect(sent.value.status).to.equal('sent');
    expect(sent.value.updatedAt).to.equal('2026-11-16T08:30:00Z');

    const confirmed = transitionReferral(sent.value, 'receipt-confirmed', new Date('2026-11-18T09:00:00Z'));
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.issues));
    expect(confirmed.value.statusHistory).to.deep.equal([
      { status: 'draft', at: '2026-11-13T09:00:00Z' },
      { status: 'sent', at: '2026-11-16T08:30:00Z' },
      { status: 'receipt-confirmed', at: '2026-11-18T09:00:00.000Z' },
    ]);
    expect(confirmed.value.outcome).to.equal(undefined);

    expect(transitionReferral(confirmed.value, 'outcome', '2026-11-25T09:00:00Z')).to.deep.equal({
      ok: false,
      issues: [{ code: 'required', path: ['outcome'], params: {} }],
    });
    const done = transitionReferral(confirmed.value, 'outcome', '2026-11-25T09:00:00Z', { kind: 'investigation-started', note: 'Børnefaglig undersøgelse' });
    if (!done.ok) throw new Error(JSON.stringify(done.issues));
    expect(done.value.outcome).to.deep.equal({ kind: 'investigation-started', at: '2026-11-25T09:00:00Z', note: 'Børnefaglig undersøgelse' });
    expect(codes(done.value)).to.deep.equal([]);
    expect(transitionReferral(done.value, 'outcome', '2026-11-26T09:00:00Z', { kind: 'no-action' }).ok).to.equal(false);
  });

  it('uses an outcome only on the step to outcome', () => {
    const confirmed = transitionReferral(exampleIndstilling, 'receipt-confirmed', '2026-11-18T09:00:00Z', { kind: 'no-action' });
    expect(confirmed.ok && confirmed.value.outcome).to.equal(undefined);
  });

  it('will not send an incomplete draft: the issues come back instead', () => {
    const draft = asDraft(exampleIndstilling);
    draft.consents = draft.consents.slice(0, 1);
    delete draft.resources;
    const result = transitionReferral(draft, 'sent', '2026-11-16T08:30:00Z');
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([
      ['resources_required', 'resources'],
      ['consent_missing_holder', 'parents.1'],
    ]);
  });

  it('will not stamp a step earlier than the one before it', () => {
    const result = transitionReferral(exampleIndstilling, 'receipt-confirmed', '2026-11-15T09:00:00Z');
    expect(result).to.deep.equal({
      ok: false,
      issues: [{ code: 'date_order', path: ['statusHistory', 2, 'at'], params: { after: '2026-11-16T08:30:00Z' } }],
    });
  });

  it('rejects a stored history that skips a step, goes back, or does not start as a draft', () => {
    const skipped = clone(exampleIndstilling);
    skipped.status = 'outcome';
    skipped.outcome = { kind: 'no-action', at: '2026-11-20T10:00:00Z' };
    skipped.statusHistory.push({ status: 'outcome', at: '2026-11-20T10:00:00Z' });
    expect(codes(skipped)).to.deep.equal([['illegal_transition', 'statusHistory.2.status']]);

    const back = clone(exampleIndstilling);
    back.status = 'draft';
    back.statusHistory.push({ status: 'draft', at: '2026-11-20T10:00:00Z' });
    expect(codes(back)).to.deep.equal([['illegal_transition', 'statusHistory.2.status']]);

    const noDraft = clone(exampleIndstilling);
    noDraft.statusHistory = noDraft.statusHistory.slice(1);
    expect(codes(noDraft)).to.deep.equal([['invalid_value', 'statusHistory.0.status']]);

    const empty = clone(exampleIndstilling);
    empty.statusHistory = [];
    expect(codes(empty)).to.deep.equal([['required', 'statusHistory']]);
  });

  it('rejects a status that disagrees with the last history entry, and an outcome status without the outcome', () => {
    const jumped = clone(exampleIndstilling);
    jumped.status = 'receipt-confirmed';
    const result = parseRecord(jumped);
    expect(!result.ok && result.issues).to.deep.equal([{ code: 'illegal_transition', path: ['status'], params: { from: 'sent', to: 'receipt-confirmed' } }]);

    const noOutcome = clone(exampleIndstilling);
    noOutcome.status = 'outcome';
    noOutcome.statusHistory.push({ status: 'receipt-confirmed', at: '2026-11-18T09:00:00Z' }, { status: 'outcome', at: '2026-11-25T09:00:00Z' });
    expect(codes(noOutcome)).to.deep.equal([['required', 'outcome']]);
  });
});
