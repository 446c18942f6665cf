// Registers every Spire element. Idempotent: a second copy on the page warns instead of throwing.
import './wellbeing/define.js';
