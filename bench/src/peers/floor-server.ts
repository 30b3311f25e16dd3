/**
 * The floor: what answering the hot questions costs at the least. One hand-written statement per
 * question in which PostgreSQL builds the whole answer; the server parses the request and sends
 * PostgreSQL's text as it is. No GraphQL, no authorization. Started by the benchmark as
 * `floor-server.ts <port>` with DATABASE_URL set.
 */
import { createServer } from 'node:http';
import postgres from 'postgres';
import { QUESTIONS } from './questions.js';

const port = Number(process.argv[2]);
const sql = postgres(process.env.DATABASE_URL!, { max: 10, onnotice: () => {} });

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const question = QUESTIONS[Number(request.url!.slice(1))]!;
      const { vacancyId, networkId } = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, string>;
      const [row] = await sql.unsafe(
        question.floor.sql,
        question.floor.params(vacancyId!, networkId!) as never[],
        {
          prepare: true,
        },
      );
      const body = `{"data":${Object.values(row!)[0]}}`;
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log('listening'));
