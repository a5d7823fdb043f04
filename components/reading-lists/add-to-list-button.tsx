import { getLocale } from '@/lib/i18n/get-i18n';
import { AddToListMenu } from './add-to-list-menu';
import { ListTextProvider } from './list-text-provider';

/** "Add to reading list" for a study, in the interface language (a server wrapper around the client menu). */
export async function AddToListButton({ studyId, title }: { studyId: string; title: string }) {
  return (
    <ListTextProvider locale={await getLocale()}>
      <AddToListMenu studyId={studyId} title={title} />
    </ListTextProvider>
  );
}
