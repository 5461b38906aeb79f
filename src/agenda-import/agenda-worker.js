'use strict';
// The worker thread that reads one agenda document. Sources are TypeScript, so register tsx first, as bin/sesiona.js
// does; this file is plain JavaScript so that it starts the same under tsx, jest and plain node.
require('tsx/cjs');
require('./agenda-worker.ts');
