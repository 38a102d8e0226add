import { type DragEvent, useRef, useState } from 'react';
import { droppedFiles } from './droppedFiles';
import { importPicked } from './runImport';

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/**
 * Drag and drop of files and folders onto an element. `dragging` lights the drop zone; a counter
 * of enters and leaves keeps it lit while the pointer crosses the element's children.
 */
export function useDropImport() {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const handlers = {
    onDragEnter(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop(event: DragEvent) {
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      void droppedFiles(event.dataTransfer).then(importPicked);
    },
  };
  return { dragging, handlers };
}
