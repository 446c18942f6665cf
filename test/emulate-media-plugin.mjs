// A web-test-runner command that emulates every media feature the theme answers to, forced colours too:
// @web/test-runner-commands' emulateMedia passes `forcedColors` on only to Playwright, and Puppeteer (which
// drives the Chrome launcher these tests run on) refuses the feature, so this goes to the DevTools
// protocol itself. Each call sets all of them (one left out is no longer emulated). Used as
// `executeServerCommand('spire-emulate-media', { colorScheme: 'dark', forcedColors: 'active' })`.
const sessions = new WeakMap();

export function emulateMediaPlugin() {
  return {
    name: 'spire-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'spire-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`spire-emulate-media: not supported for ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const { colorScheme = '', forcedColors = '', reducedMotion = '', media = '' } = payload ?? {};
      await cdp.send('Emulation.setEmulatedMedia', {
        media,
        features: [
          { name: 'prefers-color-scheme', value: colorScheme },
          { name: 'forced-colors', value: forcedColors },
          { name: 'prefers-reduced-motion', value: reducedMotion },
        ],
      });
      return true;
    },
  };
}
