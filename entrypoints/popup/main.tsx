import { render } from 'preact';

const root = document.getElementById('app');
if (root) render(<h1>Summit Lens</h1>, root);
