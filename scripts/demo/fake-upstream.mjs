// A tiny OpenAI-compatible server for demos: answers every chat completion with
// "Answer from NAME." (complete or streamed), so you can see which backend served a request.
// Usage: node fake-upstream.mjs NAME PORT
import http from 'node:http';

const [name = 'upstream', port = '9001'] = process.argv.slice(2);
const answer = `Answer from ${name}.`;
const usage = { prompt_tokens: 21, completion_tokens: 4, total_tokens: 25 };

function envelope(object, model) {
  return { id: 'chatcmpl-demo', object, created: Math.floor(Date.now() / 1000), model };
}

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error', param: null, code: null } }));
      return;
    }
    const request = JSON.parse(body);
    if (!request.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...envelope('chat.completion', request.model),
        choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }], usage }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const send = (event) => res.write(`data: ${JSON.stringify(event)}\n\n`);
    const chunk = (delta, finish) => ({ ...envelope('chat.completion.chunk', request.model),
      choices: [{ index: 0, delta, finish_reason: finish }] });
    send(chunk({ role: 'assistant', content: '' }, null));
    for (const piece of answer.split(/(?<= )/)) send(chunk({ content: piece }, null));
    send(chunk({}, 'stop'));
    if (request.stream_options?.include_usage) send({ ...envelope('chat.completion.chunk', request.model), choices: [], usage });
    res.end('data: [DONE]\n\n');
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`fake upstream '${name}' on http://127.0.0.1:${port}/v1`));
