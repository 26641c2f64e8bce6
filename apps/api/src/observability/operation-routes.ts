import type { OpenAPIObject } from '@nestjs/swagger';

export type OperationKind = 'command' | 'query';

export interface RoutedOperation {
  readonly operationId: string;
  readonly kind: OperationKind;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Which operation of the contract a matched route is, read from the OpenAPI document so the
 * names in logs and metrics are the contract's own. Keyed by method and the route as the
 * router matched it (`POST /api/v1/signals/:signalId/assessment`), so a request refused
 * before its handler ran (401, 403, 400) still counts under its operation.
 */
export class OperationRoutes {
  private readonly byRoute = new Map<string, RoutedOperation>();

  load(document: OpenAPIObject): void {
    const base = (document.servers?.[0]?.url ?? '').replace(/\/$/, '');
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operationId = item[method]?.operationId;
        if (!operationId) continue;
        const route = base + path.replace(/\{([^}]+)\}/g, ':$1');
        // Queries read; every other method records a command.
        this.byRoute.set(`${method.toUpperCase()} ${route}`, {
          operationId,
          kind: method === 'get' ? 'query' : 'command',
        });
      }
    }
  }

  find(method: string, route: string | undefined): RoutedOperation | undefined {
    return route === undefined ? undefined : this.byRoute.get(`${method} ${route}`);
  }
}
