// English interface catalog.
import type { MessageKey } from './ru';

const en: Record<MessageKey, string> = {
  'app.title': 'Council of Regions',
  'app.subtitle': 'Secretariat',
  'app.dismiss': 'Dismiss',

  'nav.label': 'Sections',
  'nav.regions': 'Regions',
  'nav.pairings': 'Pairings',
  'nav.trash': 'Trash',
  'nav.settings': 'Settings',

  'lang.label': 'Language',
  'lang.ru': 'Русский',
  'lang.uz': 'Oʻzbekcha',
  'lang.en': 'English',

  'common.loading': 'Loading…',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.edit': 'Edit',
  'common.restore': 'Restore',
  'common.undo': 'Undo',

  'country.label': 'Country',
  'country.all': 'All',
  'country.UZ': 'Uzbekistan',
  'country.RU': 'Russia',

  'regions.filter': 'Filter by name, centre or ISO code',
  'regions.shown': 'Shown: {n}',
  'regions.none': 'Nothing found',
  'regions.col.iso': 'ISO code',
  'regions.col.kind': 'Kind',
  'regions.col.nameUz': 'Name (Uzbek)',
  'regions.col.nameRu': 'Name (Russian)',
  'regions.col.nameEn': 'Name (English)',
  'regions.col.centre': 'Administrative centre',
  'regions.col.timeZone': 'Time zone',

  'kind.region': 'region',
  'kind.republic': 'republic',
  'kind.city': 'city',
  'kind.krai': 'krai',
  'kind.autonomous_oblast': 'autonomous oblast',
  'kind.autonomous_okrug': 'autonomous okrug',

  'status.proposed': 'Proposed',
  'status.active': 'Active',
  'status.suspended': 'Suspended',
  'status.ended': 'Ended',

  'pairings.new': 'New pairing',
  'pairings.newShortcut': 'Ctrl+N',
  'pairings.editTitle': 'Region pairing',
  'pairings.empty': 'No pairings yet',
  'pairings.movedToTrash': 'Moved to trash',
  'pairings.col.actions': 'Actions',

  'field.regionUz': 'Uzbek region',
  'field.regionRu': 'Russian region',
  'field.status': 'Status',
  'field.since': 'Since',
  'field.datePlaceholder': 'YYYY-MM-DD',
  'field.basis': 'Basis document',
  'field.basisTitle': 'Title',
  'field.basisNumber': 'Number',
  'field.basisDate': 'Date',
  'field.sectors': 'Sectors',
  'field.notes': 'Notes',
  'field.contacts': 'Contact persons',
  'form.choose': '— choose —',
  'form.missingTranslation': 'Missing translation',
  'basis.number': 'No. {n}',

  'trash.col.record': 'Record',
  'trash.col.kind': 'Kind',
  'trash.col.deletedAt': 'Deleted at',
  'trash.empty': 'Trash is empty',
  'entity.pairing': 'Pairing',

  'settings.language': 'Interface language',
  'settings.about': 'About',
  'about.product': 'Council Desk',
  'about.version': 'Version',
  'about.dbPath': 'Database file',
  'about.schema': 'Schema version',
};

export default en;
