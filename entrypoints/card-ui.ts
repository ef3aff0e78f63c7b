import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from '../lib/card/card-ui';
import { registerCardUi } from '../lib/card/card-ui-contract';

// The hover card's user interface, loaded by the content script on first hover (see
// lib/card/card-ui-contract.ts), so Preact, floating-ui and the styles stay out of its start-up.
export default defineUnlistedScript(() => registerCardUi(createCardUi));
