import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { RequestContext } from '../../context.js';
import { type Model, PLANNED } from './compile.js';
import type { PlanRegistry } from './plan.js';
import { type Args, fieldKey } from './selection.js';
import { answerRaw, RawJson } from './splice.js';

type Resolver = GraphQLFieldResolver<Model, RequestContext, Args>;

/**
 * Resolvers for the fields the planner fetches in place of a loader: when the parent object came
 * from a plan, the field answers from it (through `present`, the rule the loader applies, or as
 * the JSON text PostgreSQL wrote for it); otherwise the field's own resolver (its loader) runs as
 * before. Checks every plan against the schema, so a plan naming a missing type or field fails at start.
 */
export function plannedResolvers(schema: GraphQLSchema, plans: PlanRegistry) {
  const resolvers: Record<string, Record<string, Resolver>> = {};
  for (const [typeName, plan] of Object.entries(plans)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Plan for ${typeName}, which is not an object type.`);
    const fields = type.getFields();
    for (const [name, field] of Object.entries(plan.fields)) {
      const definition = fields[name];
      if (!definition) throw new Error(`Plan for ${typeName}.${name}, which is not in the schema.`);
      const relation = field.kind === 'one' || field.kind === 'many' || field.kind === 'connection';
      if (relation && !isObjectType(schema.getType(field.type))) {
        throw new Error(`Plan of ${typeName}.${name} points to ${field.type}, which is not an object type.`);
      }
      if (!(field.kind === 'value' || relation)) continue;
      const original = (definition.resolve ?? defaultFieldResolver) as Resolver;
      const present = field.present as ((...args: unknown[]) => unknown) | undefined;
      resolvers[typeName] ??= {};
      resolvers[typeName][name] = (parent, args, ctx, info) => {
        const planned = parent?.[PLANNED];
        const key = fieldKey(name, args);
        if (!planned?.has(key)) return original(parent, args, ctx, info);
        const data = planned.get(key);
        if (data instanceof RawJson) return answerRaw(data, info, ctx);
        const result = present ? present(parent, data, ctx, args) : data;
        if (result instanceof Error) throw result;
        return result;
      };
    }
  }
  return resolvers;
}
