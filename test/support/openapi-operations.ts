/** The parts of the served OpenAPI document that tests drive requests from. */
export interface Schema {
  type?: string;
  $ref?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: Schema }> };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  readonly method: string;
  /** The path template under `/api/v1`, with `{name}` placeholders. */
  readonly template: string;
  readonly operationId: string;
  readonly parameters: readonly Parameter[];
  readonly bodySchema: Schema | undefined;
}

/** Every operation of the document, commands and queries alike. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      operationId: operation.operationId,
      parameters: operation.parameters ?? [],
      bodySchema: dereference(document, operation.requestBody?.content['application/json']?.schema),
    })),
  );
}

/** The schema a `$ref` points at (one level; call again for nested ones). */
export function dereference(document: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components.schemas[schema.$ref.split('/').at(-1) ?? ''];
}

/** The template with each `{name}` replaced by `valueOf(name)`, under `/api/v1`. */
export function pathOf(operation: Operation, valueOf: (name: string) => string): string {
  return `/api/v1${operation.template.replace(/\{([^}]+)\}/g, (_match, name: string) => valueOf(name))}`;
}
