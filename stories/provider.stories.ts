import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { earlierRounds, emptyCheck, exampleAuthor, exampleChild, store } from './fixtures.js';

const meta: Meta = {
  title: 'Foundation/Provider',
  component: 'spire-provider',
};
export default meta;
type Story = StoryObj;

/**
 * One provider gives every widget inside it the language, the professional, the child, the
 * municipality's configuration, the draft store and the child's earlier records.
 */
export const SharedContext: Story = {
  render: () => html`<spire-provider
    locale="da"
    .author=${exampleAuthor}
    .child=${exampleChild}
    .store=${store()}
    .records=${earlierRounds()}
    .config=${{ overviewThreshold: 3 }}
    .strings=${{ da: { wellbeing: { check: { title: 'Trivselsvurdering (kommunens ord)' } } } }}
  >
    <spire-wellbeing-check .value=${emptyCheck()}></spire-wellbeing-check>
  </spire-provider>`,
};
