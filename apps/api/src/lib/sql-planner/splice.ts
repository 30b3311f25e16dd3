import { type ExecutionResult, type GraphQLResolveInfo, getNullableType, isListType } from 'graphql';
import type { RequestContext } from '../../context.js';

/**
 * A field's answer as PostgreSQL wrote it: JSON text in the shape of the answer, aliases included;
 * `stub` stands in for an object that may not be null while GraphQL executes.
 */
export class RawJson {
  constructor(
    readonly text: string,
    readonly stub: object | null = null,
  ) {}
}

/**
 * In a raw answer, where a policy would not hand the rows on as they are. JSON text never holds it
 * otherwise: PostgreSQL writes control characters in strings as escapes.
 */
export const DENIED = '\u0001';

type Path = (string | number)[];
/** Where one raw answer goes in its operation's result, and which of the reply's texts it is. */
export interface PendingRawAnswer {
  path: Path;
  index: number;
}
/** What a raw answer needs of the operation's context. */
export type RawContext = Pick<RequestContext, 'reply' | 'rawAnswers'>;

// NUL never occurs in an answer otherwise: no text with it is accepted or stored.
const MARK = '\u0000';
/** How JSON.stringify writes the start of a marked string. */
const MARKED = '"\\u0000';

/**
 * Resolves a field whose answer PostgreSQL wrote whole: GraphQL gets an empty list, null or a
 * stand-in and does not descend into it; once the operation is executed, the text takes its place.
 */
export function answerRaw(raw: RawJson, info: GraphQLResolveInfo, ctx: RawContext): object | null {
  ctx.reply.rawTexts ??= [];
  ctx.rawAnswers ??= [];
  ctx.rawAnswers.push({ path: pathOf(info.path), index: ctx.reply.rawTexts.push(raw.text) - 1 });
  return isListType(getNullableType(info.returnType)) ? [] : raw.stub;
}

function pathOf(path: GraphQLResolveInfo['path']): Path {
  const keys: Path = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = path; at; at = at.prev) keys.push(at.key);
  return keys.reverse();
}

/**
 * After an operation (mercurius' onResolution hook): marks where each raw answer goes and has the
 * reply written with the texts in place of the marks. A field nulled by an error keeps its null.
 */
export async function spliceRawAnswers(execution: ExecutionResult, ctx: RawContext): Promise<void> {
  const pending = ctx.rawAnswers;
  if (!pending) return;
  for (const { path, index } of pending) {
    let node = execution.data as Record<string | number, unknown> | null | undefined;
    for (let i = 0; i < path.length - 1 && node; i++) node = node[path[i]!] as typeof node;
    if (node && typeof node === 'object') node[path.at(-1)!] = `${MARK}${index}`;
  }
  const texts = ctx.reply.rawTexts!;
  ctx.reply.serializer((payload: unknown) => withTexts(JSON.stringify(payload), texts));
}

/** The serialized answer with each mark (`"\u0000<index>"`, as JSON writes it) replaced by its text. */
function withTexts(json: string, texts: string[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (let at = json.indexOf(MARKED, from); at !== -1; at = json.indexOf(MARKED, from)) {
    const end = json.indexOf('"', at + MARKED.length);
    pieces.push(json.slice(from, at), texts[Number(json.slice(at + MARKED.length, end))]!);
    from = end + 1;
  }
  pieces.push(json.slice(from));
  return pieces.join('');
}
