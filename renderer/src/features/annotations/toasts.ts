import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  /** Undoes what the toast reports; the toast closes once it has run. */
  undo?: () => Promise<unknown> | undefined;
}

/** How long a toast stays when nobody is looking at it. */
export const toastDuration = 8000;
const maxToasts = 3;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  publish([...toasts, { ...toast, id }].slice(-maxToasts));
  return id;
}

export function dismissToast(id: number): void {
  if (toasts.some((toast) => toast.id === id)) publish(toasts.filter((toast) => toast.id !== id));
}

export function clearToasts(): void {
  if (toasts.length > 0) publish([]);
}

/** Runs the undo of a toast once, whatever pressed it first (its button or the shortcut). */
export async function undoToast(id: number): Promise<void> {
  const toast = toasts.find((each) => each.id === id);
  if (!toast?.undo) return;
  dismissToast(id);
  await toast.undo();
}

/** The newest toast that can still be undone. */
export function latestUndoable(): Toast | undefined {
  return toasts.findLast((toast) => toast.undo !== undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(subscribe, () => toasts);
}
