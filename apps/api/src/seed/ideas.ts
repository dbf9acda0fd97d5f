/**
 * Sample ideas drawn from the seed documents (the residents' workshops and the online form). No
 * personal data: the authors are anonymous.
 */
import type { IdeaCategory, AuthorRole, IdeaStatus } from '@razem/contract';

/** A seeded idea; `daysAgo` places it relative to today. */
export interface SeedIdea {
  title: string;
  description: string;
  category: IdeaCategory;
  authorRole: AuthorRole;
  municipality?: string;
  status: IdeaStatus;
  publicNote?: string;
  daysAgo: number;
}

export const SEED_IDEAS: SeedIdea[] = [
  {
    title: 'Opera na odkrywce',
    description:
      'Wykorzystajmy wyrobisko kopalni jako naturalny amfiteatr: letni festiwal opery i muzyki, który przyciągnie turystów i pokaże, że region po węglu ma coś do zaoferowania.',
    category: 'culture',
    authorRole: 'resident',
    status: 'accepted',
    publicNote:
      'Pomysł włączamy do koncepcji projektu „Energopolis”. Szukamy partnerów do przygotowania studium wykonalności.',
    daysAgo: 74,
  },
  {
    title: 'Zintegrowany city camping',
    description:
      'Pole kempingowe połączone z wypożyczalnią rowerów, ścieżkami wokół zbiornika i informacją turystyczną; miejsca pracy dla osób odchodzących z kompleksu energetycznego.',
    category: 'infrastructure',
    authorRole: 'entrepreneur',
    status: 'under_review',
    publicNote: 'Analizujemy możliwe lokalizacje i źródła finansowania.',
    daysAgo: 70,
  },
  {
    title: 'Kampanie PR w zakresie integracji wielopokoleniowej',
    description:
      'Seria kampanii i wydarzeń, które łączą młodzież i seniorów: wspólne warsztaty, opowieści byłych górników i energetyków, nagrania dla lokalnych mediów.',
    category: 'social',
    authorRole: 'senior',
    status: 'received',
    daysAgo: 66,
  },
  {
    title: 'Centrum badawcze pojazdów inteligentnych i autonomicznych',
    description:
      'Tor testowy i laboratoria na terenach pokopalnianych dla firm z branży pojazdów autonomicznych, dronów i robotyki; współpraca z uczelniami z Łodzi.',
    category: 'business',
    authorRole: 'local_government',
    status: 'under_review',
    publicNote: 'Temat jest omawiany z urzędem marszałkowskim w ramach koncepcji Kleszczów 5.0.',
    daysAgo: 40,
  },
  {
    title: 'Doradztwo dla pracowników kompleksu, którzy chcą założyć firmę',
    description:
      'Program mentoringu i mikrograntów dla pracowników kopalni i elektrowni, którzy chcą rozpocząć własną działalność gospodarczą w regionie.',
    category: 'business',
    authorRole: 'entrepreneur',
    municipality: 'Bełchatów',
    status: 'received',
    daysAgo: 21,
  },
  {
    title: 'Społeczność energetyczna dla osiedli w Bełchatowie',
    description:
      'Wspólne instalacje fotowoltaiczne i magazyn energii dla spółdzielni mieszkaniowych, zarządzane przez mieszkańców; tańszy prąd i mniej emisji.',
    category: 'environment',
    authorRole: 'resident',
    municipality: 'Bełchatów',
    status: 'rejected',
    publicNote:
      'Podobne przedsięwzięcie przygotowuje Klaster ONE; zapraszamy do włączenia się w prace klastra zamiast osobnego projektu.',
    daysAgo: 35,
  },
  {
    title: 'Szkoła zawodów przyszłości w Kleszczowie',
    description:
      'Klasy patronackie z firmami nowej strefy przemysłowej: programowanie robotów, serwis instalacji OZE, obsługa dronów; praktyki w Solparku.',
    category: 'education',
    authorRole: 'youth',
    municipality: 'Kleszczów',
    status: 'received',
    daysAgo: 6,
  },
];
