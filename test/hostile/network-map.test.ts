// The network map under hostile input: every text of the map (names, roles, what each can do, the
// child's words, versions) and every field — the table, the person form, child mode (see record-suite.ts).
import { type NetworkMap } from '@spire/model';
import { exampleNetworkMap } from '@spire/model/examples';
import '../../packages/elements/src/network-map/define.js';
import { type RecordWidget, runHostileRecordSuite } from './record-suite.js';

const draft = (): NetworkMap => ({ ...structuredClone(exampleNetworkMap), status: 'draft' });
const click = async (el: RecordWidget, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};

runHostileRecordSuite({
  tag: 'spire-network-map',
  kind: 'network-map',
  values: () => {
    const map = draft();
    return [{ ...map, people: map.people.map((p, i) => (i === 0 ? { ...p, invite: true, contact: { phone: '12 34 56 78', email: 'mor@example.dk' }, canDo: 'Kan', agreed: 'Aftalt' } : p)) }];
  },
  states: [
    { name: 'map and table', enter: async () => {} },
    { name: 'person form', enter: (el) => click(el, 'tr button.edit') },
    {
      name: 'child mode',
      enter: async (el) => {
        await click(el, '[data-action="child-mode"]');
        await click(el, 'button.child-person.placed');
      },
    },
  ],
});
