import type { FastifyReply } from 'fastify';

/** Sends a file to download, named from `name` (letters, digits, dots and dashes kept), never cached. */
export const sendDownload = (reply: FastifyReply, name: string, contentType: string, body: Buffer | string) =>
  reply
    .type(contentType)
    .header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]+/g, '_')}"`)
    .header('cache-control', 'no-store')
    .send(body);

/** Sends a value as an indented JSON file to download. */
export const sendJsonDownload = (reply: FastifyReply, name: string, value: unknown) =>
  sendDownload(reply, name, 'application/json; charset=utf-8', JSON.stringify(value, null, 2));
