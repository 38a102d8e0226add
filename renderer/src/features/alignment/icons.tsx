import { StrokeIcon as Icon } from '../../app/StrokeIcon';

/* Row icons are drawn vertically (rows above and below), so they need no mirroring. */

export function JoinRowsIcon() {
  return (
    <Icon>
      <path d="M3 3h10M3 13h10" />
      <path d="M8 5.5v5M5.5 8h5" />
    </Icon>
  );
}

export function SplitRowIcon() {
  return (
    <Icon>
      <path d="M3 3h10M3 13h10" />
      <path d="M2 8h2.5M6.75 8h2.5M11.5 8H14" />
    </Icon>
  );
}

export function StandAloneIcon() {
  return (
    <Icon>
      <path d="M3 2.5h10M3 13.5h10" />
      <rect x="4.5" y="5.5" width="7" height="5" rx="1" />
    </Icon>
  );
}

export function MoveUpIcon() {
  return (
    <Icon>
      <path d="M3 2.5h10" />
      <path d="M8 13.5V6M5 9l3-3 3 3" />
    </Icon>
  );
}

export function MoveDownIcon() {
  return (
    <Icon>
      <path d="M3 13.5h10" />
      <path d="M8 2.5V10M5 7l3 3 3-3" />
    </Icon>
  );
}

export function RestoreIcon() {
  return (
    <Icon>
      <path d="M3.6 6.2A5 5 0 1 1 3.2 10" />
      <path d="M3.5 2.5v3.8h3.8" />
    </Icon>
  );
}
