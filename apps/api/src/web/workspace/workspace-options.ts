import { allItems } from '../api/all-pages';
import type { ApiClient } from '../api/api-client';
import type { Option } from '../forms/form-model';
import type { Session } from '../session/session';

interface MunicipalityWithBodies {
  readonly code: string;
  readonly name: string;
  readonly bodies: readonly { readonly bodyId: string; readonly name: string }[];
}

export interface WorkspaceOptions {
  /** The municipalities the visitor acts for, by name. */
  readonly municipalities: readonly Option[];
  /** The participation bodies serving them. */
  readonly bodies: readonly Option[];
}

/** The choices for municipality and body fields: only those the visitor's token covers. */
export async function workspaceOptions(api: ApiClient, session: Session): Promise<WorkspaceOptions> {
  // Every page: a municipality beyond the first 200 is still one the visitor may act for.
  const result = await allItems<MunicipalityWithBodies>(api, '/municipalities');
  const mine = new Set(session.principal.municipalities);
  const known = result.ok ? result.body.filter((m) => mine.has(m.code)) : [];
  const bodies = new Map<string, string>();
  for (const municipality of known) for (const body of municipality.bodies) bodies.set(body.bodyId, body.name);
  return {
    municipalities:
      known.length > 0
        ? known.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))
        : session.principal.municipalities.map((code) => ({ value: code, label: code })),
    bodies: [...bodies].map(([value, label]) => ({ value, label })),
  };
}

/** Options from a list of enumeration values and their labels. */
export function optionsOf(values: readonly string[], labels: Readonly<Record<string, string>>): Option[] {
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}

/** An API field path and the form fields of the same name: `summary` → `summary`. */
export function sameName(...names: readonly string[]): (apiName: string) => string | undefined {
  return (apiName) =>
    names.find((name) => apiName === name || apiName.startsWith(`${name}.`) || apiName.startsWith(`${name}[`));
}
