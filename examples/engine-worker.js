// The engine package in a module worker: it posts {ready: true} once the
// package has loaded (messages sent before that may be lost), then answers
// each {profile, options} with {ok: evaluation} or {error}. Start it with
// new Worker(new URL('engine-worker.js', import.meta.url), { type: 'module' }).
import { evaluate } from '../target/package/index.js';

self.addEventListener('message', (event) => {
  try {
    self.postMessage({ ok: evaluate(event.data.profile, event.data.options) });
  } catch (error) {
    self.postMessage({ error: { name: error.name, message: error.message, key: error.key } });
  }
});

self.postMessage({ ready: true });
