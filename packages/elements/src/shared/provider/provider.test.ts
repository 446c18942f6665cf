import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { exampleAuthor, exampleChild } from '@spire/model/examples';
import '../../concern-note/define.js';
import type { SpireConcernNote } from '../../concern-note/concern-note.js';
import { MemoryDraftStore } from '../drafts/memory-store.js';
import { SpireProvider } from './provider.js';

describe('<spire-provider> defined after the widgets inside it', () => {
  it('still gives them author, child and store, whatever order the define modules load in', async () => {
    // A tag of its own, defined only after the widget inside it has connected and asked for its settings:
    // as on a page that loads the provider's define module after the concern note's.
    const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
    const store = new MemoryDraftStore();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const provider = document.createElement(tag) as SpireProvider;
    const note = document.createElement('spire-concern-note') as SpireConcernNote;
    provider.append(note);
    wrapper.append(provider);
    await note.updateComplete;
    expect(note.shadowRoot!.querySelector('.setup-problem'), 'no provider yet').to.exist;

    Object.assign(provider, { author: exampleAuthor, child: exampleChild, store });
    customElements.define(tag, class extends SpireProvider {});
    await waitUntil(() => note.value?.child.id === exampleChild.id, 'the widget got its settings from the late provider');
    await note.updateComplete;
    expect(note.shadowRoot!.querySelector('.setup-problem')).to.equal(null);
    expect(note.value!.author.name).to.equal(exampleAuthor.name);
    await expect(note).to.be.accessible();
  });
});
