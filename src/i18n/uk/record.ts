import type { AreaMessages } from '../messages';
import type { record as en } from '../en/record';

export const record: AreaMessages<typeof en> = {
  'type.troops': 'Війська в Україні або над нею',
  'type.troops-conditional': 'Війська: за умов або за повідомленнями',
  'type.outside': 'Підтримка з-поза меж України',
  'type.non-military': 'Лише гроші, зброя, навчання',
  'type.undecided': 'Не визначилася',
  'type.participant': 'Бере участь, зобов’язань не знайдено',
  'type.backstop': 'Підстраховка США',
  'type.not-member': 'Член ЄС поза коаліцією',
  'type.recipient': 'Україна',
  'type.opposed': 'Росія (проти)',
  'confidence.official': 'Офіційно: це заявив уряд або лідер',
  'confidence.reported': 'Повідомили провідні ЗМІ, уряд не підтвердив',
  'confidence.inferred': 'Висновок з участі у зустрічах чи інших непрямих ознак',
  'confidence.official.short': 'заявив уряд',
  'confidence.reported.short': 'за повідомленнями, не підтверджено',
  'confidence.inferred.short': 'висновок з непрямих ознак',
  'flag.state-media': 'російські державні ЗМІ',
  'flag.pro-kremlin': 'прокремлівський агрегатор',
  'flag.aggregator': 'неякісний агрегатор',
  'flag.mirror': 'копія або дзеркало іншого сайту',
  'record.publishedIn': 'Мова публікації: {language}; мова висловлювання: {spoken}.',
  'record.publishedInUnknown':
    'Мова публікації: {language}; джерело не вказує, якою мовою це було сказано.',
  'record.andMore': '{names} та ще {count, number}',
  'record.englishFallback': 'EN',
  'record.englishFallbackTitle':
    'Показано англійською: переклад цього тексту відсутній або застарів.',
  'record.showEnglish': 'Показати англійською (текст-еталон)',
  'record.showTranslation': 'Показати переклад',
};
