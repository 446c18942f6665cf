// Registers every Spire element. Idempotent: a second copy on the page warns instead of throwing.
import './shared/provider/define.js';
import './shared/controls/define.js';
import './wellbeing/define.js';
import './wellbeing/overview/define.js';
import './wellbeing/child-mode/define.js';
import './wellbeing/trend/define.js';
import './concern-note/define.js';
import './network-map/define.js';
import './referral/define.js';
import './referral/status/define.js';
