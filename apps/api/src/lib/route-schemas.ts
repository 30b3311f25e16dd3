/** Fastify schema for path parameters that are ids: anything else is a 400 before the handler runs. */
export const uuidParams = (...names: string[]) => ({
  params: {
    type: 'object',
    required: names,
    properties: Object.fromEntries(
      names.map((name) => [
        name,
        {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      ]),
    ),
  },
});
