import type { PersonalDataAccessPage } from '#privacy';
import type { PersonalDataAccessListDto } from './personal-data-access.response.dto';

/** A page of the log in the answer's shape: its own copies of each access's actor and municipalities. */
export function presentAccessPage(page: PersonalDataAccessPage): PersonalDataAccessListDto {
  return {
    ...page,
    items: page.items.map((access) => ({
      ...access,
      actor: { ...access.actor },
      municipalityCodes: [...access.municipalityCodes],
    })),
  };
}
