/**
 * "Download image" and "Copy image": the map as drawn now (through the map port) composed into
 * a 1920×1080 PNG with title, legend, date and source, in the reader's language.
 */
import { useCallback, useState } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { useAppStoreApi } from '@/store/store-context';
import { legendRows, patternsShown, shareLang } from '@/store/selectors';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { useMapPort } from '@/ports/map-port';
import { msg, useFormat, useSay, useT, type Msg } from '@/i18n';
import { canvasToPng, composeExportImage, EXPORT_MAP_PICTURE } from './export-image';
import { asOfLine, viewLink, viewSubtitle } from './view-description';

export const canCopyImages = () =>
  typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useImageExport(dataset: Dataset | undefined) {
  const store = useAppStoreApi();
  const map = useMapPort();
  const { lesson, step } = useCurrentLesson();
  const t = useT();
  const f = useFormat();
  const say = useSay();
  const [status, setStatus] = useState<Msg | null>(null);

  const render = useCallback(async () => {
    const s = store.getState();
    if (!dataset) throw new Error(t('views.export.notLoaded'));
    const canvas = await composeExportImage(
      await map.snapshot({ picture: EXPORT_MAP_PICTURE }),
      {
        title: lesson && step ? lesson.title : t('views.export.title'),
        subtitle: viewSubtitle(dataset, s, t, f, step?.title),
        legend: legendRows(dataset, s),
        asOf: asOfLine(dataset, s.asOf, t, f),
        source: t('views.export.source'),
        link: viewLink(window.location.href, shareLang(s)),
        patterns: patternsShown(s),
      },
      t,
      f,
    );
    return canvasToPng(canvas, t);
  }, [store, map, dataset, lesson, step, t, f]);

  const download = useCallback(async () => {
    try {
      const url = URL.createObjectURL(await render());
      const a = document.createElement('a');
      a.href = url;
      a.download = t('views.export.fileName', { date: new Date().toISOString().slice(0, 10) });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(msg('views.export.downloaded'));
    } catch (e) {
      setStatus(msg('views.export.makeFailed', { error: reason(e) }));
    }
  }, [render, t]);

  const copy = useCallback(async () => {
    try {
      // The blob is passed as a promise so the clipboard write stays inside the click.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': render() })]);
      setStatus(msg('views.export.copied'));
    } catch (e) {
      setStatus(msg('views.export.copyFailed', { error: reason(e) }));
    }
  }, [render]);

  return { download, copy, status: status ? say(status) : '' };
}
