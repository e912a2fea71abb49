/**
 * The presenter window opened without a lesson (`?presenter=1` alone, or the lesson was left):
 * how to start one, so a teacher who bookmarked this window is not left with a blank page.
 */
import { useT } from '@/i18n';

export function NoLesson() {
  const t = useT();
  return (
    <main className="presenter presenter-empty" aria-labelledby="presenter-empty-title">
      <h1 id="presenter-empty-title">{t('lesson.presenter.empty.title')}</h1>
      <p>{t('lesson.presenter.empty.intro')}</p>
      <ol>
        <li>{t('lesson.presenter.empty.step1', { present: t('lesson.present') })}</li>
        <li>
          {t('lesson.presenter.empty.step2', {
            tools: t('lesson.tools'),
            presenter: t('lesson.presenter.open'),
          })}
        </li>
        <li>{t('lesson.presenter.empty.step3')}</li>
      </ol>
      <p>
        <a href="./">{t('lesson.presenter.empty.openMap')}</a>
      </p>
    </main>
  );
}
