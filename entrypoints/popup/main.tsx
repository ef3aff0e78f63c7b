import { render } from 'preact';

render(<h1>Summit Lens</h1>, document.getElementById('app')!);
