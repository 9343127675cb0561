import { titleHref } from '@/lib/links/archive';
import type { Note } from '@/lib/notes';
import { OutboundLink } from './OutboundLink';

/** The props of a component that shows one note. */
export type NoteProps = { note: Note };

type Props = NoteProps & { className?: string };

/** A note's title in a list of notes: it leads to the noted page (its archived copy once gone). */
export function EntryTitle({ note, className }: Props) {
  return (
    <h2 className={className ? `entry-title ${className}` : 'entry-title'}>
      <OutboundLink href={titleHref(note)}>{note.title}</OutboundLink>
    </h2>
  );
}
