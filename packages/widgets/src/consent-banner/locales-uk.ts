/** Ukrainian copy of the first layer of <razem-consent-banner>, loaded on demand. */
import type { ConsentBannerCopy } from './locales.js';

const copy: ConsentBannerCopy = {
  title: 'Файли cookie на цьому сайті',
  intro:
    'Необхідні файли cookie забезпечують роботу сайту. Інші ми використаємо лише з вашої згоди; їхнє призначення описано в Налаштуваннях. Згоду можна будь-коли відкликати.',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  settings: 'Налаштування',
  privacy: 'Політика конфіденційності',
};
export default copy;
