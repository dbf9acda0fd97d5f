/** Ukrainian copy of <razem-partner-list>, loaded on pages in Ukrainian. */
import type { PartnerListCopy } from './locales.js';

/** Ukrainian copy. */
export const uk: PartnerListCopy = {
  listLabel: 'Партнери угоди',
  loading: 'Завантаження партнерів…',
  empty: 'Поки що немає партнерів для показу.',
  noMatches: 'Жоден партнер не відповідає вибраним фільтрам.',
  error: 'Не вдалося завантажити список партнерів.',
  notConfigured: 'Немає адреси API: додайте атрибут api-base або тег <meta name="razem:api-base">.',
  retry: 'Спробувати ще раз',
  filtersLabel: 'Фільтрувати партнерів',
  kindLabel: 'Тип установи',
  allKinds: 'Усі типи',
  searchLabel: 'Пошук',
  found: {
    one: 'Знайдено {count} партнера',
    few: 'Знайдено {count} партнери',
    many: 'Знайдено {count} партнерів',
    other: 'Знайдено {count} партнера',
  },
  newTab: '(відкривається в новій вкладці)',
  website: 'Вебсайт',
  email: 'Ел. пошта',
  phone: 'Телефон',
  kinds: {
    technology_park: 'Технологічний парк',
    foundation: 'Фонд',
    development_agency: 'Агенція розвитку',
    chamber_of_commerce: 'Торгова палата',
    municipality: 'Орган місцевого самоврядування',
    cluster: 'Кластер',
    university: 'Університет',
    company: 'Компанія',
    ngo: 'Громадська організація',
  },
  roles: { coordinator: 'Координатор', member: 'Учасник', associate: 'Асоційований партнер' },
};
