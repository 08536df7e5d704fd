// Sends a sentiment request and a maths word problem to Triage with model "auto", complete and
// streamed, using the official openai npm client, and prints which tier answered each.
// Usage: node client.mjs [base-url]   (default http://localhost:8080/v1)
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: process.argv[2] ?? 'http://localhost:8080/v1', apiKey: process.env.TRIAGE_API_KEY ?? 'none' });
const prompts = {
  sentiment: 'What is the sentiment of this review? "The food was wonderful and the staff were so kind."',
  math: 'A farmer has 17 sheep and buys 3 times as many goats. He then sells 12 goats. How many animals does he have now?',
};

for (const [label, content] of Object.entries(prompts)) {
  const { data, response } = await client.chat.completions
    .create({ model: 'auto', messages: [{ role: 'user', content }] })
    .withResponse();
  console.log(`${label.padEnd(9)} complete: tier=${response.headers.get('x-triage-tier')} task=${response.headers.get('x-triage-task')}`
    + ` backend=${response.headers.get('x-triage-backend')} rule=${response.headers.get('x-triage-rule')} -> ${JSON.stringify(data.choices[0].message.content)}`);

  const { data: stream, response: streamed } = await client.chat.completions
    .create({ model: 'auto', messages: [{ role: 'user', content }], stream: true, stream_options: { include_usage: true } })
    .withResponse();
  let text = '';
  let usage = null;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    usage = chunk.usage ?? usage;
  }
  console.log(`${label.padEnd(9)} streamed: tier=${streamed.headers.get('x-triage-tier')} task=${streamed.headers.get('x-triage-task')}`
    + ` backend=${streamed.headers.get('x-triage-backend')} -> ${JSON.stringify(text)} (usage ${usage?.total_tokens} tokens)`);
}
