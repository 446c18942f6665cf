import { expect } from '@open-wc/testing';
import { Beredskab, NEXT_STEPS, createWellbeingCheck, defaultInstrument, parseRecord, parseWith, safeguardingConcerns, telHref } from './index.js';
import { exampleAuthor, exampleChild, exampleWellbeingCheck } from './examples/index.js';

describe('safeguarding', () => {
  it('the default instrument marks safety and care, and body and health, as safeguarding areas', () => {
    expect(defaultInstrument.dimensions.filter((d) => d.safeguarding).map((d) => d.id)).to.deep.equal(['body-health', 'safety-care']);
  });

  it('names the safeguarding areas rated rød, and only those', () => {
    const check = createWellbeingCheck({ author: exampleAuthor, child: exampleChild });
    const rate = (id: string, position: 'red' | 'yellow') => ({ ...check, dimensions: check.dimensions.map((d) => (d.dimensionId === id ? { ...d, position } : d)) });
    expect(safeguardingConcerns(check, defaultInstrument)).to.deep.equal([]);
    expect(safeguardingConcerns(rate('relations', 'red'), defaultInstrument)).to.deep.equal([]);
    expect(safeguardingConcerns(rate('safety-care', 'yellow'), defaultInstrument)).to.deep.equal([]);
    expect(safeguardingConcerns(rate('safety-care', 'red'), defaultInstrument)).to.deep.equal(['safety-care']);
    expect(safeguardingConcerns({ dimensions: null } as never, defaultInstrument)).to.deep.equal([]);
    expect(safeguardingConcerns(rate('safety-care', 'red'), { dimensions: 'x' } as never)).to.deep.equal([]);
  });

  it('accepts a beredskab with a phone and a web address, and refuses a link that would run script', () => {
    expect(parseWith(Beredskab, { phone: '+45 96 17 17 17', url: 'https://kommune.example/beredskab', label: 'Døgnvagt' }).ok).to.equal(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', ' https://x', 'ftp://x']) {
      const result = parseWith(Beredskab, { phone: '112', url });
      expect(!result.ok && result.issues[0]!.path.join('.'), url).to.equal('url');
    }
    expect(parseWith(Beredskab, { phone: 'ring til mig' }).ok).to.equal(false);
    expect(telHref('+45 96 17-17-17')).to.equal('tel:+4596171717');
  });

  it('has underretning and netværksmøde as next steps, and "abuse suspected" as why parents are not informed', () => {
    expect(NEXT_STEPS).to.include('underretning').and.to.include('network-meeting');
    const check = { ...structuredClone(exampleWellbeingCheck), nextStep: 'underretning', parentPerspective: { notInformedBecause: 'suspected-abuse-by-parent' } };
    expect(parseRecord(check, 'wellbeing-check').ok).to.equal(true);
    expect(parseRecord({ ...check, parentPerspective: { notInformedBecause: 'busy' } }, 'wellbeing-check').ok).to.equal(false);
  });
});
