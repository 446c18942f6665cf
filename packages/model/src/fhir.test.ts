import { expect } from '@open-wc/testing';
import { type FhirQuestionnaireItem, toFhirQuestionnaire } from './index.js';
import { toFhirQuestionnaireResponse } from './fhir.js';
import { exampleConcernNote, exampleIndstilling, exampleWellbeingCheck } from './examples/index.js';

function linkIds(items: readonly { linkId: string; item?: readonly { linkId: string }[] }[]): string[] {
  return items.flatMap((i) => [i.linkId, ...linkIds((i.item ?? []) as FhirQuestionnaireItem[])]);
}

describe('FHIR export', () => {
  it('builds an R4 Questionnaire with codes and ordinal values for the wellbeing check', () => {
    const q = toFhirQuestionnaire('wellbeing-check');
    expect(q.resourceType).to.equal('Questionnaire');
    const ids = linkIds(q.item);
    expect(new Set(ids).size).to.equal(ids.length);
    const position = q.item[0]!.item![0]!.item![0]!;
    expect(position).to.include({ linkId: 'dimension.relations.position', type: 'choice' });
    expect(position.answerOption!.map((o) => [o.valueCoding.code, o.extension?.[0]?.valueDecimal])).to.deep.equal([
      ['green', 1], ['yellow', 2], ['red', 3], ['not-assessed', undefined],
    ]);
  });

  it('answers only questions that exist in the questionnaire, with the record status mapped', () => {
    for (const [kind, record] of [['wellbeing-check', exampleWellbeingCheck], ['concern-note', exampleConcernNote], ['referral', exampleIndstilling]] as const) {
      const questions = new Set(linkIds(toFhirQuestionnaire(kind).item));
      const response = toFhirQuestionnaireResponse(record);
      expect(response.status).to.equal('completed');
      expect(response.questionnaire).to.equal(toFhirQuestionnaire(kind).url);
      for (const id of linkIds(response.item)) expect(questions.has(id), `${kind}: ${id}`).to.equal(true);
    }
  });

  it("keeps the child's words and ratings, and a draft is in progress", () => {
    const response = toFhirQuestionnaireResponse(exampleWellbeingCheck);
    const child = response.item.find((i) => i.linkId === 'child')!;
    expect(child.item![0]!.answer![0]!.valueString).to.equal(exampleWellbeingCheck.childPerspective!.ownWords);
    expect(child.item!.find((i) => i.linkId === 'child.rating.friends')!.answer![0]!.valueCoding!.code).to.equal('2');
    expect(toFhirQuestionnaireResponse({ ...exampleConcernNote, status: 'draft' }).status).to.equal('in-progress');
    expect(response.subject).to.deep.equal({ identifier: { value: 'child-7f3a' }, display: 'Ida' });
  });
});
