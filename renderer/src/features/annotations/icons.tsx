import { StrokeIcon as Icon } from '../../app/StrokeIcon';

export function HighlighterIcon() {
  return (
    <Icon>
      <path d="M9.5 2.5l4 4-6 6H4.5v-3z" />
      <path d="M2 14.5h6" />
    </Icon>
  );
}

export function BookmarkIcon() {
  return (
    <Icon>
      <path d="M4 2.5h8v11l-4-3-4 3z" />
    </Icon>
  );
}

export function BookmarkAddIcon() {
  return (
    <Icon>
      <path d="M4 2.5h5M4 2.5v11l4-3 4 3V8" />
      <path d="M12.5 1.5v5M10 4h5" />
    </Icon>
  );
}

export function NoteIcon() {
  return (
    <Icon>
      <path d="M3 2.5h10v8l-3 3H3z" />
      <path d="M10 13.5v-3h3M5.5 5.5h5M5.5 8h3" />
    </Icon>
  );
}

export function TrashIcon() {
  return (
    <Icon>
      <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" />
    </Icon>
  );
}

export function PencilIcon() {
  return (
    <Icon>
      <path d="M10.5 2.5l3 3-8 8h-3v-3z" />
    </Icon>
  );
}

export function DownloadIcon() {
  return (
    <Icon>
      <path d="M8 2v8M4.5 7 8 10.5 11.5 7M2.5 13.5h11" />
    </Icon>
  );
}

export function UploadIcon() {
  return (
    <Icon>
      <path d="M8 10.5v-8M4.5 6 8 2.5 11.5 6M2.5 13.5h11" />
    </Icon>
  );
}
