/**
 * The benchmark's load generator, on its own thread so that the bots under test have the main thread to themselves.
 * For each round it receives, it posts the activities to /api/messages, `concurrency` at a time, and answers the
 * latencies and the elapsed time.
 */
const { parentPort, workerData } = require('node:worker_threads');

async function round(bodies) {
  const { url, concurrency } = workerData;
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const t = performance.now();
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = await res.json();
      if (res.status !== 200 || json.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`unexpected answer ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
      latencies.push(performance.now() - t);
    }
  }));
  return { latencies, elapsed: performance.now() - started };
}

parentPort.on('message', (bodies) => {
  round(bodies).then((result) => parentPort.postMessage(result), (err) => parentPort.postMessage({ error: err.message }));
});
