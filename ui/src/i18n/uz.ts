// Uzbek (Latin) interface catalog. Write oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC;
// catalogs.test.ts rejects the ASCII apostrophe and the curly quotes in this file.
import type { MessageKey } from "./ru";

const uz: Record<MessageKey, string> = {
  "app.title": "Hududlar Kengashi",
  "app.subtitle": "Kotibiyat",
  "app.dismiss": "Yopish",

  "nav.label": "Boʻlimlar",
  "nav.regions": "Hududlar",
  "nav.pairings": "Hamkorliklar",
  "nav.trash": "Savat",
  "nav.settings": "Sozlamalar",

  "lang.label": "Til",
  "lang.ru": "Русский",
  "lang.uz": "Oʻzbekcha",
  "lang.en": "English",

  "common.loading": "Yuklanmoqda…",
  "common.save": "Saqlash",
  "common.saving": "Saqlanmoqda…",
  "common.cancel": "Bekor qilish",
  "common.delete": "Oʻchirish",
  "common.edit": "Tahrirlash",
  "common.restore": "Tiklash",
  "common.undo": "Qaytarish",

  "country.label": "Davlat",
  "country.all": "Barchasi",
  "country.UZ": "Oʻzbekiston",
  "country.RU": "Rossiya",

  "regions.filter": "Nomi, markazi yoki ISO kodi boʻyicha qidirish",
  "regions.shown": "Koʻrsatilgan: {n}",
  "regions.none": "Hech narsa topilmadi",
  "regions.col.iso": "ISO kodi",
  "regions.col.kind": "Turi",
  "regions.col.nameUz": "Nomi (oʻzbekcha)",
  "regions.col.nameRu": "Nomi (ruscha)",
  "regions.col.nameEn": "Nomi (inglizcha)",
  "regions.col.centre": "Maʼmuriy markaz",
  "regions.col.timeZone": "Vaqt mintaqasi",

  "kind.region": "viloyat",
  "kind.republic": "respublika",
  "kind.city": "shahar",
  "kind.krai": "oʻlka",
  "kind.autonomous_oblast": "avtonom viloyat",
  "kind.autonomous_okrug": "avtonom okrug",

  "status.proposed": "Taklif etilgan",
  "status.active": "Faol",
  "status.suspended": "Toʻxtatilgan",
  "status.ended": "Tugagan",

  "pairings.new": "Yangi hamkorlik",
  "pairings.newShortcut": "Ctrl+N",
  "pairings.editTitle": "Hududlar hamkorligi",
  "pairings.empty": "Hozircha hamkorliklar yoʻq",
  "pairings.movedToTrash": "Savatga oʻtkazildi",
  "pairings.col.actions": "Amallar",

  "field.regionUz": "Oʻzbekiston hududi",
  "field.regionRu": "Rossiya hududi",
  "field.status": "Holati",
  "field.since": "…dan beri",
  "field.datePlaceholder": "YYYY-OO-KK",
  "field.basis": "Asos hujjati",
  "field.basisTitle": "Nomi",
  "field.basisNumber": "Raqami",
  "field.basisDate": "Sanasi",
  "field.sectors": "Tarmoqlar",
  "field.notes": "Izohlar",
  "field.contacts": "Aloqa uchun shaxslar",
  "form.choose": "— tanlang —",
  "form.missingTranslation": "Tarjima yoʻq",
  "basis.number": "№ {n}",

  "trash.col.record": "Yozuv",
  "trash.col.kind": "Turi",
  "trash.col.deletedAt": "Oʻchirilgan vaqti",
  "trash.empty": "Savat boʻsh",
  "entity.pairing": "Hamkorlik",

  "settings.language": "Interfeys tili",
  "settings.about": "Dastur haqida",
  "about.product": "Council Desk",
  "about.version": "Versiya",
  "about.dbPath": "Maʼlumotlar bazasi fayli",
  "about.schema": "Sxema versiyasi",
};

export default uz;
