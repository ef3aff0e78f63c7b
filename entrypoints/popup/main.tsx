import './mark-start';
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { kb } from '../../lib/knowledge';
import { connectToTab } from '../../lib/popup/page-link';
import { parsePopupParams } from '../../lib/popup/popup-params';
import './popup.css';

const params = parsePopupParams(location.search);
const connect = () => connectToTab(params.tab);
const root = document.getElementById('app');
if (root) {
  render(<PopupApp kb={kb} params={params} connect={connect} />, root);
  // Render is synchronous: the first view is in the DOM now. Measured from 'script-start' it is
  // our own cost; its startTime (from navigation start) adds the browser's loading of the page.
  performance.mark('summit-lens:first-view');
  performance.measure(
    'summit-lens:time-to-first-view',
    'summit-lens:script-start',
    'summit-lens:first-view',
  );
  requestAnimationFrame(() => performance.mark('summit-lens:first-frame'));
}
