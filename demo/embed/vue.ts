// Vue 3 the way an Aula widget embeds Spire: a Vue component wraps the element — data in as props (the
// record with v-model, the author and child), events out (`submitted`) — and nothing personal in the URL.
// Render functions, so the page runs under a strict CSP without Vue's template compiler. The wrapper binds
// the element with Vue's own v-model directive (`vModelText`, what `v-model` on the tag compiles to):
// null becomes '' on the element, which Spire takes as "no record from the host".
import '@spire/elements/provider/define.js';
import '@spire/elements/concern-note/define.js';
import { createApp, defineComponent, h, ref, vModelText, withDirectives, type PropType } from 'vue';
import type { Author, ChildRef, ConcernNote } from '@spire/model';
import { author, child, lang, nothingYet, receivedText } from './shared.js';

/** The host's component: v-model for the note, `submitted` when it is completed. */
const ConcernNoteWidget = defineComponent({
  name: 'ConcernNoteWidget',
  props: {
    modelValue: { type: Object as PropType<ConcernNote | null>, default: null },
    author: { type: Object as PropType<Author>, required: true },
    child: { type: Object as PropType<ChildRef>, required: true },
  },
  emits: { 'update:modelValue': (_note: ConcernNote | null) => true, submitted: (_note: ConcernNote) => true, error: (_path: string) => true },
  setup(props, { emit }) {
    return () =>
      h('spire-provider', { locale: lang, author: props.author, child: props.child }, [
        withDirectives(
          h('spire-concern-note', {
            name: 'note',
            'onUpdate:modelValue': (note: ConcernNote | undefined) => emit('update:modelValue', note ?? null),
            'onSpire-submit': (event: CustomEvent<{ value: ConcernNote }>) => emit('submitted', event.detail.value),
            'onSpire-error': (event: CustomEvent<{ path: string }>) => emit('error', event.detail.path),
          }),
          [[vModelText, props.modelValue]],
        ),
      ]);
  },
});

const App = defineComponent({
  setup() {
    const note = ref<ConcernNote | null>(null);
    const received = ref(nothingYet);
    const errors = ref(0);
    return () => [
      h('h1', lang === 'da' ? 'Spire i Vue 3' : 'Spire in Vue 3'),
      h(ConcernNoteWidget, {
        modelValue: note.value,
        'onUpdate:modelValue': (value: ConcernNote | null) => (note.value = value),
        author,
        child,
        onSubmitted: (value: ConcernNote) => (received.value = receivedText('event', [value])),
        onError: () => errors.value++,
      }),
      h('output', { id: 'received', 'aria-live': 'polite' }, received.value),
      h('p', { class: 'status', id: 'draft-state' }, note.value ? `${note.value.kind} · ${note.value.status}` : '–'),
      // Rendered on every change: a host that shows errors reactively must not loop.
      h('p', { class: 'status', id: 'error-count' }, String(errors.value)),
    ];
  },
});

createApp(App).mount('#app');
