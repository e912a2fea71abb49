import type { Dataset } from '@/datasets/dataset';
import { canCopyImages, useImageExport } from './use-image-export';
import { usePrint } from './use-print';
import { useT } from '@/i18n';
import './export.css';

/** Download or copy the view as an image, and print the handout (the same command as Ctrl+P). */
export function ExportTools({ dataset }: { dataset: Dataset | undefined }) {
  const image = useImageExport(dataset);
  const print = usePrint();
  const t = useT();
  return (
    <>
      <button type="button" className="tool-button" onClick={image.download} disabled={!dataset}>
        {t('views.export.downloadImage')}
      </button>
      {canCopyImages() && (
        <button type="button" className="tool-button" onClick={image.copy} disabled={!dataset}>
          {t('views.export.copyImage')}
        </button>
      )}
      <button
        type="button"
        className="tool-button"
        onClick={() => void print()}
        disabled={!dataset}
      >
        {t('views.export.printHandout')}
      </button>
      <p className="tool-status" role="status">
        {image.status}
      </p>
    </>
  );
}
