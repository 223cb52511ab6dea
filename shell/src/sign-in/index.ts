// The sign-in page's own entry, built apart from the portal (no Module Federation, no remotes, only the
// Arco components it uses): what a visitor downloads before signing in is this page alone.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import '@arco-design/web-react/es/style/index.css';
import '@arco-design/web-react/es/Alert/style/index.css';
import '@arco-design/web-react/es/Button/style/index.css';
import '@arco-design/web-react/es/Card/style/index.css';
import '@arco-design/web-react/es/Input/style/index.css';
import '../theme.css';
import './sign-in.css';
import { SignInApp } from './sign-in-app';

createRoot(document.getElementById('root')!).render(createElement(SignInApp));
