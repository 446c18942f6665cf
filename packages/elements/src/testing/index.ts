// @spire/elements/testing: the shared test suites every Spire widget runs, for a vendor's own widget or a
// new one here. They run inside @web/test-runner (mocha) in a real browser with @open-wc/testing and
// @web/test-runner-commands; the main entry never imports this module.
export { type FormLifecycleOptions, runFormLifecycleSuite } from './form-lifecycle.js';
export { type WidgetContractOptions, runWidgetContractSuite } from './widget-contract.js';
