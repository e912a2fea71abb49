/**
 * "Download image" and "Copy image": the map as drawn now (through the map port) composed into
 * a 1920×1080 PNG with title, legend, date and source.
 */
import { useCallback, useState } from 'react';
import type { Dataset } from '@/datasets/dataset';
import { useAppStoreApi } from '@/store/store-context';
import { legendRows, patternsShown } from '@/store/selectors';
import { useCurrentLesson } from '@/store/use-current-lesson';
import { useMapPort } from '@/ports/map-port';
import { canvasToPng, composeExportImage, EXPORT_MAP_PICTURE } from './export-image';
import { APP_TITLE, SOURCE_LINE, asOfLine, viewLink, viewSubtitle } from './view-description';

export const canCopyImages = () =>
  typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';

export function useImageExport(dataset: Dataset | undefined) {
  const store = useAppStoreApi();
  const map = useMapPort();
  const { lesson, step } = useCurrentLesson();
  const [status, setStatus] = useState('');

  const render = useCallback(async () => {
    const s = store.getState();
    if (!dataset) throw new Error('the data has not loaded yet');
    const canvas = await composeExportImage(await map.snapshot({ picture: EXPORT_MAP_PICTURE }), {
      title: lesson && step ? lesson.title : APP_TITLE,
      subtitle: viewSubtitle(dataset, s, step?.title),
      legend: legendRows(dataset, s),
      asOf: asOfLine(dataset, s.asOf),
      source: SOURCE_LINE,
      link: viewLink(window.location.href),
      patterns: patternsShown(s),
    });
    return canvasToPng(canvas);
  }, [store, map, dataset, lesson, step]);

  const download = useCallback(async () => {
    try {
      const url = URL.createObjectURL(await render());
      const a = document.createElement('a');
      a.href = url;
      a.download = `coalition-map-${new Date().toISOString().slice(0, 10)}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus('Image downloaded (1920 × 1080 PNG).');
    } catch (e) {
      setStatus(`The image could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [render]);

  const copy = useCallback(async () => {
    try {
      // The blob is passed as a promise so the clipboard write stays inside the click.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': render() })]);
      setStatus('Image copied: paste it into a slide.');
    } catch (e) {
      setStatus(`The image could not be copied: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [render]);

  return { download, copy, status };
}
