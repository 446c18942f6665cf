// Types of widgets.mjs, for the TypeScript configs that read it (the demo's vite.config.ts).
export interface WidgetEntry {
  tag: string;
  define: string;
  source: string;
  cdn: string;
  react: string;
}
export declare const widgets: readonly WidgetEntry[];
export declare const everyElement: { define: string; source: string; cdn: string };
