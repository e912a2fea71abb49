/**
 * Choosing a lesson file: a file picker, and the same drop target for a file dragged from the
 * desktop. Only the first file is read; what it holds is checked by the caller.
 */
import { useState, type DragEvent } from 'react';
import { useT } from '@/i18n';

export function LessonFileInput({ onFile }: { onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const t = useT();
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`lesson-drop${over ? ' lesson-drop--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label>
        {t('lesson.my.fileInput')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = ''; // the same file can be chosen again after a fix
          }}
        />
      </label>
    </div>
  );
}
