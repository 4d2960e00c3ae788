//! The messages of the error codes in Russian, Uzbek and English; `{}` stands for the error's argument.

use super::ErrorCode;
use crate::lang::Lang;
use crate::officer::Role;

impl ErrorCode {
    /// The message template in `lang`; `{}` stands for the error's argument.
    pub(super) fn template(self, lang: Lang) -> &'static str {
        use ErrorCode as C;
        use Lang::{En, Ru, Uz};
        match (self, lang) {
            (C::Required, Ru) => "Заполните поле «{}».",
            (C::Required, Uz) => "«{}» maydonini toʻldiring.",
            (C::Required, En) => "Fill in “{}”.",
            (C::InvalidDate, Ru) => "«{}» — не настоящая дата. Введите дату в виде ГГГГ-ММ-ДД.",
            (C::InvalidDate, Uz) => {
                "«{}» haqiqiy sana emas. Sanani YYYY-OO-KK koʻrinishida kiriting."
            }
            (C::InvalidDate, En) => "“{}” is not a real date. Enter the date as YYYY-MM-DD.",
            (C::InvalidValue, Ru) => "Недопустимое значение: «{}».",
            (C::InvalidValue, Uz) => "Notoʻgʻri qiymat: «{}».",
            (C::InvalidValue, En) => "Not an allowed value: “{}”.",
            (C::RegionNotFound, Ru) => "Регион «{}» не найден.",
            (C::RegionNotFound, Uz) => "«{}» hududi topilmadi.",
            (C::RegionNotFound, En) => "Region “{}” was not found.",
            (C::RegionDuplicate, Ru) => "Регион с кодом «{}» уже есть.",
            (C::RegionDuplicate, Uz) => "«{}» kodli hudud allaqachon mavjud.",
            (C::RegionDuplicate, En) => "A region with code “{}” already exists.",
            (C::PairingCountries, Ru) => {
                "Партнёрство объединяет один регион Узбекистана и один регион России."
            }
            (C::PairingCountries, Uz) => {
                "Hamkorlik Oʻzbekistonning bitta hududi va Rossiyaning bitta hududini birlashtiradi."
            }
            (C::PairingCountries, En) => {
                "A pairing joins one region of Uzbekistan and one region of Russia."
            }
            (C::PairingDuplicateActive, Ru) => {
                "У этих двух регионов уже есть действующее партнёрство."
            }
            (C::PairingDuplicateActive, Uz) => {
                "Bu ikki hudud oʻrtasida amaldagi hamkorlik allaqachon mavjud."
            }
            (C::PairingDuplicateActive, En) => "These two regions already have an active pairing.",
            (C::SectorNotFound, Ru) => "Отрасль «{}» не найдена.",
            (C::SectorNotFound, Uz) => "«{}» tarmogʻi topilmadi.",
            (C::SectorNotFound, En) => "Sector “{}” was not found.",
            (C::NotFound, Ru) => "Запись «{}» не найдена.",
            (C::NotFound, Uz) => "«{}» yozuvi topilmadi.",
            (C::NotFound, En) => "Record “{}” was not found.",
            (C::NotInTrash, Ru) => "Запись «{}» не в корзине.",
            (C::NotInTrash, Uz) => "«{}» yozuvi savatda emas.",
            (C::NotInTrash, En) => "Record “{}” is not in the trash.",
            (C::InvalidTransition, Ru) => "Такой переход не допускается: {}.",
            (C::InvalidTransition, Uz) => "Bunday oʻtishga ruxsat berilmaydi: {}.",
            (C::InvalidTransition, En) => "This change of state is not allowed: {}.",
            (C::ReportRequired, Ru) => {
                "Поручение снимается с контроля только при наличии отчёта об исполнении."
            }
            (C::ReportRequired, Uz) => {
                "Topshiriq faqat ijro hisoboti mavjud boʻlganda nazoratdan olinadi."
            }
            (C::ReportRequired, En) => {
                "An instruction leaves control only against an execution report."
            }
            (C::AgendaLocked, Ru) => {
                "Повестка утверждена. Чтобы её изменить, создайте новую версию."
            }
            (C::AgendaLocked, Uz) => {
                "Kun tartibi tasdiqlangan. Uni oʻzgartirish uchun yangi versiya yarating."
            }
            (C::AgendaLocked, En) => "The agenda is approved. Start a new version to change it.",
            (C::NestingTooDeep, Ru) => "У подпункта не может быть своих подпунктов.",
            (C::NestingTooDeep, Uz) => "Kichik bandning oʻz kichik bandlari boʻlishi mumkin emas.",
            (C::NestingTooDeep, En) => "A sub-item cannot have sub-items of its own.",
            (C::EndBeforeStart, Ru) => "Окончание раньше начала.",
            (C::EndBeforeStart, Uz) => "Tugash vaqti boshlanishidan oldin.",
            (C::EndBeforeStart, En) => "The end is before the start.",
            (C::InvalidTimeZone, Ru) => "«{}» — не часовой пояс (пример: Asia/Tashkent).",
            (C::InvalidTimeZone, Uz) => "«{}» vaqt mintaqasi emas (misol: Asia/Tashkent).",
            (C::InvalidTimeZone, En) => "“{}” is not a time zone (for example Asia/Tashkent).",
            (C::InvalidDateTime, Ru) => "«{}» — не дата и время. Введите в виде ГГГГ-ММ-ДД ЧЧ:ММ.",
            (C::InvalidDateTime, Uz) => {
                "«{}» sana va vaqt emas. YYYY-OO-KK SS:DD koʻrinishida kiriting."
            }
            (C::InvalidDateTime, En) => {
                "“{}” is not a date and time. Enter it as YYYY-MM-DD HH:MM."
            }
            (C::RateMissing, Ru) => "Нет курса {} к доллару США на эту дату или раньше.",
            (C::RateMissing, Uz) => "{} ning AQSh dollariga nisbatan shu sanagacha kursi yoʻq.",
            (C::RateMissing, En) => {
                "There is no rate of {} to the US dollar on or before that date."
            }
            (C::BackupInvalid, Ru) => {
                "Файл не является целой резервной копией Council Desk ({}). Ничего не изменено."
            }
            (C::BackupInvalid, Uz) => {
                "Fayl Council Deskning butun zaxira nusxasi emas ({}). Hech narsa oʻzgartirilmadi."
            }
            (C::BackupInvalid, En) => {
                "The file is not an intact Council Desk backup ({}). Nothing was changed."
            }
            (C::DatabaseDamaged, Ru) => {
                "База данных повреждена ({}). Восстановите последнюю резервную копию: Настройки → Данные → Восстановить из копии… или council restore ФАЙЛ."
            }
            (C::DatabaseDamaged, Uz) => {
                "Maʼlumotlar bazasi shikastlangan ({}). Oxirgi zaxira nusxani tiklang: Sozlamalar → Maʼlumotlar → Nusxadan tiklash… yoki council restore FAYL."
            }
            (C::DatabaseDamaged, En) => {
                "The database is damaged ({}). Restore the latest backup: Settings → Data → Restore…, or council restore FILE."
            }
            (C::DatabaseDetached, Ru) => {
                "Council Desk потеряла связь с файлом базы данных: другая программа сняла с него блокировку или заменила его журнал ({}). Чтобы ничего не потерять, изменения больше не сохраняются, последнее могло не сохраниться. Закройте Council Desk, запустите снова и проверьте последнее изменение."
            }
            (C::DatabaseDetached, Uz) => {
                "Council Desk maʼlumotlar bazasi fayli bilan aloqani yoʻqotdi: boshqa dastur undagi qulfni olib tashladi yoki jurnalini almashtirdi ({}). Hech narsa yoʻqolmasligi uchun oʻzgarishlar endi saqlanmaydi, oxirgisi saqlanmagan boʻlishi mumkin. Council Deskni yoping, qayta ishga tushiring va oxirgi oʻzgarishni tekshiring."
            }
            (C::DatabaseDetached, En) => {
                "Council Desk lost its hold on the database file: another program released its lock or replaced its log ({}). To keep your work safe nothing more is saved, and the last change may not have been saved. Close Council Desk, start it again and check the last change."
            }
            (C::DatabaseNotEmpty, Ru) => {
                "В базе уже есть записи; демонстрационные данные загружаются только в пустую базу."
            }
            (C::DatabaseNotEmpty, Uz) => {
                "Bazada allaqachon yozuvlar bor; namoyish maʼlumotlari faqat boʻsh bazaga yuklanadi."
            }
            (C::DatabaseNotEmpty, En) => {
                "The database already holds records; demo data goes into an empty one only."
            }
            (C::SchemaTooNew, Ru) => {
                "База данных создана более новой версией Council Desk (схема {}). Обновите программу."
            }
            (C::SchemaTooNew, Uz) => {
                "Maʼlumotlar bazasi Council Deskning yangiroq versiyasida yaratilgan (sxema {}). Dasturni yangilang."
            }
            (C::SchemaTooNew, En) => {
                "The database was written by a newer version of Council Desk (schema {}). Update the program."
            }
            (C::Storage, Ru) => "Ошибка базы данных: {}",
            (C::Storage, Uz) => "Maʼlumotlar bazasi xatosi: {}",
            (C::Storage, En) => "Database error: {}",
            (C::Internal, Ru) => "Внутренняя ошибка программы: {}.",
            (C::Internal, Uz) => "Dasturning ichki xatosi: {}.",
            (C::Internal, En) => "An internal error of the program: {}.",
            (C::AttachmentTooLarge, Ru) => {
                "Файл больше {} МБ и не может быть приложен. Ничего не изменено."
            }
            (C::AttachmentTooLarge, Uz) => {
                "Fayl {} MB dan katta, uni ilova qilib boʻlmaydi. Hech narsa oʻzgartirilmadi."
            }
            (C::AttachmentTooLarge, En) => {
                "The file is larger than {} MB and cannot be attached. Nothing was changed."
            }
            (C::NotAFile, Ru) => "«{}» — не файл, который можно приложить.",
            (C::NotAFile, Uz) => "«{}» ilova qilinadigan fayl emas.",
            (C::NotAFile, En) => "“{}” is not a file that can be attached.",
            (C::FileExists, Ru) => "Файл «{}» уже существует; выберите другое имя.",
            (C::FileExists, Uz) => "«{}» fayli allaqachon mavjud; boshqa nom tanlang.",
            (C::FileExists, En) => "The file “{}” already exists; choose another name.",
            (C::NotViewable, Ru) => {
                "«{}» — не документ и не изображение: такие файлы Council Desk не открывает. Сохраните его кнопкой «Сохранить как…» и проверьте, прежде чем открывать."
            }
            (C::NotViewable, Uz) => {
                "«{}» hujjat ham, rasm ham emas: Council Desk bunday fayllarni ochmaydi. Uni «Nusxasini saqlash…» tugmasi bilan saqlang va ochishdan oldin tekshiring."
            }
            (C::NotViewable, En) => {
                "“{}” is not a document or an image: Council Desk does not open files of this kind. Save it with “Save as…” and check it before opening it."
            }
            (C::AttachmentMissing, Ru) => {
                "Содержимое вложения «{}» отсутствует или повреждено. Восстановите последнюю резервную копию."
            }
            (C::AttachmentMissing, Uz) => {
                "«{}» ilovasining mazmuni yoʻq yoki shikastlangan. Oxirgi zaxira nusxani tiklang."
            }
            (C::AttachmentMissing, En) => {
                "The content of attachment “{}” is missing or damaged. Restore the latest backup."
            }
            (C::ImportRefused, Ru) => "Импорт отклонён (строк с ошибками: {}). Ничего не изменено.",
            (C::ImportRefused, Uz) => {
                "Import rad etildi (xatoli qatorlar: {}). Hech narsa oʻzgartirilmadi."
            }
            (C::ImportRefused, En) => {
                "Import refused (rows with problems: {}). Nothing was changed."
            }
            (C::ScheduleConflicts, Ru) => {
                "Предупреждений при планировании: {}. Ничего не сохранено: запланировать всё равно можно, только подтвердив их."
            }
            (C::ScheduleConflicts, Uz) => {
                "Rejalashtirishda ogohlantirishlar: {}. Hech narsa saqlanmadi: baribir rejalashtirish uchun ularni tasdiqlang."
            }
            (C::ScheduleConflicts, En) => {
                "Scheduling warnings: {}. Nothing was saved: to schedule anyway, confirm them."
            }
            (C::DocumentFailed, Ru) => "Не удалось подготовить документ: {}",
            (C::DocumentFailed, Uz) => "Hujjatni tayyorlab boʻlmadi: {}",
            (C::DocumentFailed, En) => "The document could not be prepared: {}",
            (C::UnclosedQuote, Ru) => {
                "Кавычка, открытая в строке {}, не закрыта: ячейка кончается в конце этой строки, следующие строки прочитаны отдельно."
            }
            (C::UnclosedQuote, Uz) => {
                "{}-qatorda ochilgan qoʻshtirnoq yopilmagan: katak shu qator oxirida tugaydi, keyingi qatorlar alohida oʻqildi."
            }
            (C::UnclosedQuote, En) => {
                "The quotation mark opened on line {} is never closed: the cell ends at the end of that line, and the lines after it are read on their own."
            }
            (C::CellTooLong, Ru) => "В ячейке больше {} символов: это предел одной ячейки.",
            (C::CellTooLong, Uz) => "Katakda {} tadan ortiq belgi bor: bu bitta katak chegarasi.",
            (C::CellTooLong, En) => {
                "The cell holds more than {} characters, the limit for one cell."
            }
            (C::ImportFileTooLarge, Ru) => {
                "Файл больше {} МБ: это предел для импорта. Ничего не изменено."
            }
            (C::ImportFileTooLarge, Uz) => {
                "Fayl {} MB dan katta: bu import chegarasi. Hech narsa oʻzgartirilmadi."
            }
            (C::ImportFileTooLarge, En) => {
                "The file is larger than {} MB, the limit for an import. Nothing was changed."
            }
            (C::LineTooLong, Ru) => {
                "Строка {} файла длиннее 1 МиБ; файл не прочитан. Ничего не изменено."
            }
            (C::LineTooLong, Uz) => {
                "Faylning {}-qatori 1 MiB dan uzun; fayl oʻqilmadi. Hech narsa oʻzgartirilmadi."
            }
            (C::LineTooLong, En) => {
                "Line {} of the file is longer than 1 MiB; the file was not read. Nothing was changed."
            }
            (C::FileTooLarge, Ru) => {
                "Файл больше {} МБ и не может быть импортирован. Ничего не изменено."
            }
            (C::FileTooLarge, Uz) => {
                "Fayl {} MB dan katta, uni import qilib boʻlmaydi. Hech narsa oʻzgartirilmadi."
            }
            (C::FileTooLarge, En) => {
                "The file is larger than {} MB and cannot be imported. Nothing was changed."
            }
            (C::ComponentNotClosed, Ru) => {
                "{} не закрыт: нет строки END:{}, данные могут быть неполными."
            }
            (C::ComponentNotClosed, Uz) => {
                "{} yopilmagan: END:{} qatori yoʻq, maʼlumotlar toʻliq boʻlmasligi mumkin."
            }
            (C::ComponentNotClosed, En) => {
                "The {} has no END:{} line, so its data may be cut short."
            }
            (C::DiskFull, Ru) => {
                "Диск заполнен ({}). Освободите место и повторите. Ничего не изменено."
            }
            (C::DiskFull, Uz) => {
                "Disk toʻlgan ({}). Joy boʻshating va qayta urinib koʻring. Hech narsa oʻzgartirilmadi."
            }
            (C::DiskFull, En) => {
                "The disk is full ({}). Free some space and try again. Nothing was changed."
            }
            (C::DateOutOfRange, Ru) => "«{}» — дата вне 1900–2200 годов.",
            (C::DateOutOfRange, Uz) => "«{}» sanasi 1900–2200 yillar oraligʻidan tashqarida.",
            (C::DateOutOfRange, En) => "“{}” is outside the years 1900–2200.",
            (C::SessionNotStarted, Ru) => {
                "Заседание начинается {}: до этого дня его нельзя отметить как состоявшееся."
            }
            (C::SessionNotStarted, Uz) => {
                "Majlis {} kuni boshlanadi: shu kungacha uni oʻtkazilgan deb belgilab boʻlmaydi."
            }
            (C::SessionNotStarted, En) => {
                "The session starts on {}: it cannot be marked held before that day."
            }
            (C::ReportBeforeInstruction, Ru) => {
                "Поручение дано {}: отчёт об исполнении не может быть датирован раньше."
            }
            (C::ReportBeforeInstruction, Uz) => {
                "Topshiriq {} kuni berilgan: ijro hisoboti undan oldingi sana bilan boʻlishi mumkin emas."
            }
            (C::ReportBeforeInstruction, En) => {
                "The instruction was given on {}: an execution report cannot be dated earlier."
            }
            (C::SiteUnnamed, Ru) => {
                "Сначала назовите секретариат этой базы (Настройки → Обмен или council site init)."
            }
            (C::SiteUnnamed, Uz) => {
                "Avval ushbu baza kotibiyatini nomlang (Sozlamalar → Almashinuv yoki council site init)."
            }
            (C::SiteUnnamed, En) => {
                "Name this desk's site first (Settings → Exchange, or council site init)."
            }
            (C::PackageRefused, Ru) => {
                "Пакет не применён: изменение в нём нарушило бы правила реестра ({}). Ничего не изменено."
            }
            (C::PackageRefused, Uz) => {
                "Paket qoʻllanmadi: undagi oʻzgarish reyestr qoidalarini buzardi ({}). Hech narsa oʻzgarmadi."
            }
            (C::PackageRefused, En) => {
                "The package was not applied: a change in it would break the register's rules ({}). Nothing was changed."
            }
            (C::SiteCardInvalid, Ru) => "Это не карточка секретариата Council Desk: {}.",
            (C::SiteCardInvalid, Uz) => "Bu Council Desk kotibiyatining kartochkasi emas: {}.",
            (C::SiteCardInvalid, En) => "This is not a Council Desk site card: {}.",
            (C::PackageDamaged, Ru) => {
                "Пакет изменён или обрезан после подписания, либо это не пакет: {}. Ничего не изменено."
            }
            (C::PackageDamaged, Uz) => {
                "Paket imzolangandan keyin oʻzgartirilgan yoki qirqilgan, yoki bu paket emas: {}. Hech narsa oʻzgartirilmadi."
            }
            (C::PackageDamaged, En) => {
                "The package was changed or cut short after it was signed, or is not a package: {}. Nothing was changed."
            }
            (C::PackageTooNew, Ru) => {
                "Пакет создан более новой версией Council Desk ({}). Сначала обновите программу здесь."
            }
            (C::PackageTooNew, Uz) => {
                "Paket Council Deskning yangiroq versiyasida yaratilgan ({}). Avval bu yerdagi dasturni yangilang."
            }
            (C::PackageTooNew, En) => {
                "The package was made by a newer version of Council Desk ({}). Update this desk first."
            }
            (C::PackageForOtherSite, Ru) => {
                "Пакет адресован другому секретариату: «{}». Ничего не изменено."
            }
            (C::PackageForOtherSite, Uz) => {
                "Paket boshqa kotibiyatga moʻljallangan: «{}». Hech narsa oʻzgartirilmadi."
            }
            (C::PackageForOtherSite, En) => {
                "The package is addressed to another site: “{}”. Nothing was changed."
            }
            (C::PackageReplayed, Ru) => {
                "Пакет {} от этого секретариата уже получен. Ничего не изменено."
            }
            (C::PackageReplayed, Uz) => {
                "Bu kotibiyatdan {}-paket allaqachon qabul qilingan. Hech narsa oʻzgartirilmadi."
            }
            (C::PackageReplayed, En) => {
                "Package {} from this site was already received. Nothing was changed."
            }
            (C::PeerUnknown, Ru) => {
                "Пакет пришёл от секретариата, с которым обмен не настроен: «{}». Сначала добавьте карточку этого секретариата."
            }
            (C::PeerUnknown, Uz) => {
                "Paket almashinuv sozlanmagan kotibiyatdan kelgan: «{}». Avval shu kotibiyatning kartochkasini qoʻshing."
            }
            (C::PeerUnknown, En) => {
                "The package comes from a site that is not among this desk’s peers: “{}”. Add its site card first."
            }
            (C::PackageGap, Ru) => "Пакет {} ещё не получен; этот пакет сохранён до его прихода.",
            (C::PackageGap, Uz) => "{}-paket hali kelmagan; bu paket u kelguncha saqlab qoʻyildi.",
            (C::PackageGap, En) => "Package {} is missing; this one is kept until it arrives.",
            (C::NumberingElsewhere, Ru) => {
                "Номера этого заседания присваивает другой секретариат ({}); передать нумерацию может только он."
            }
            (C::NumberingElsewhere, Uz) => {
                "Bu majlisning raqamlarini boshqa kotibiyat ({}) beradi; raqamlashni faqat u topshira oladi."
            }
            (C::NumberingElsewhere, En) => {
                "Another site ({}) numbers this session; only that site can hand its numbering over."
            }
            (C::Forbidden, Ru) => "Ваша роль не позволяет это сделать.",
            (C::Forbidden, Uz) => "Rolingiz bunga ruxsat bermaydi.",
            (C::Forbidden, En) => "Your role does not allow this.",
            (C::SignInRequired, Ru) => "Сначала войдите под своей учётной записью.",
            (C::SignInRequired, Uz) => "Avval oʻz hisobingiz bilan kiring.",
            (C::SignInRequired, En) => "Sign in with your account first.",
            (C::WrongPassword, Ru) => "Неверный пароль. Осталось попыток до блокировки: {}.",
            (C::WrongPassword, Uz) => "Parol notoʻgʻri. Bloklanishgacha qolgan urinishlar: {}.",
            (C::WrongPassword, En) => {
                "Wrong password. Attempts left before the account is locked: {}."
            }
            (C::AccountLocked, Ru) => {
                "Слишком много неверных паролей: вход заблокирован до {} (по Ташкенту)."
            }
            (C::AccountLocked, Uz) => {
                "Notoʻgʻri parollar juda koʻp: kirish {} gacha bloklangan (Toshkent vaqti)."
            }
            (C::AccountLocked, En) => {
                "Too many wrong passwords: signing in is locked until {} (Tashkent time)."
            }
            (C::AccountInactive, Ru) => "Эта учётная запись отключена.",
            (C::AccountInactive, Uz) => "Bu hisob oʻchirilgan.",
            (C::AccountInactive, En) => "This account is switched off.",
            (C::LastHead, Ru) => {
                "В реестре должен остаться хотя бы один действующий руководитель секретариата."
            }
            (C::LastHead, Uz) => "Reyestrda kamida bitta faol kotibiyat rahbari qolishi kerak.",
            (C::LastHead, En) => {
                "The register must keep at least one active head of the secretariat."
            }
            (C::PasswordRequired, Ru) => {
                "У этой учётной записи нет пароля, а без пароля в офисный сервер не войти. Пароль задаёт руководитель секретариата."
            }
            (C::PasswordRequired, Uz) => {
                "Bu hisobning paroli yoʻq, parolsiz ofis serveriga kirib boʻlmaydi. Parolni kotibiyat rahbari belgilaydi."
            }
            (C::PasswordRequired, En) => {
                "This account has no password, and the office hub admits no one without one. The head of the secretariat sets it."
            }
            (C::Stale, Ru) => {
                "Запись уже изменил сотрудник {name} в {at} — обновите её. Ничего не сохранено."
            }
            (C::Stale, Uz) => {
                "Yozuvni soat {at} da {name} oʻzgartirdi — uni yangilang. Hech narsa saqlanmadi."
            }
            (C::Stale, En) => "Changed by {name} at {at} — reload it. Nothing was saved.",
            (C::HubUnreachable, Ru) => {
                "Офисный сервер {} не отвечает. Введённое сохранено в окне — повторите, когда связь вернётся."
            }
            (C::HubUnreachable, Uz) => {
                "{} ofis serveri javob bermayapti. Kiritilgan maʼlumot oynada qoldi — aloqa tiklangach qayta urinib koʻring."
            }
            (C::HubUnreachable, En) => {
                "The office hub {} does not answer. What you typed is still here: try again once it is back."
            }
            (C::HubCertificate, Ru) => {
                "Офисный сервер {} предъявил не тот сертификат, которому доверяет этот компьютер. Ничего не отправлено: сверьте отпечаток с ИТ-специалистом."
            }
            (C::HubCertificate, Uz) => {
                "{} ofis serveri bu kompyuter ishonadigan sertifikatni koʻrsatmadi. Hech narsa yuborilmadi: barmoq izini IT mutaxassisi bilan solishtiring."
            }
            (C::HubCertificate, En) => {
                "The office hub {} showed a certificate other than the one this desk trusts. Nothing was sent: check the fingerprint with your IT officer."
            }
            (C::HubElsewhere, Ru) => {
                "Этот компьютер работает с офисным сервером: резервные копии и обмен пакетами пока выполняются на компьютере сервера."
            }
            (C::HubElsewhere, Uz) => {
                "Bu kompyuter ofis serveri bilan ishlaydi: zaxira nusxalar va paketlar almashinuvi hozircha server kompyuterida bajariladi."
            }
            (C::HubElsewhere, En) => {
                "This desk works with the office hub: backups and the exchange of packages are done on the hub’s machine for now."
            }
            (C::IndicatorValueExists, Ru) => {
                "За период {} значение уже внесено — исправьте его. Ничего не сохранено."
            }
            (C::IndicatorValueExists, Uz) => {
                "{} davri uchun qiymat allaqachon kiritilgan — uni tuzating. Hech narsa saqlanmadi."
            }
            (C::IndicatorValueExists, En) => {
                "The period {} already has a value — correct that one. Nothing was saved."
            }
            (C::EmailInvalid, Ru) => "«{}» — не адрес электронной почты.",
            (C::EmailInvalid, Uz) => "«{}» elektron pochta manzili emas.",
            (C::EmailInvalid, En) => "“{}” is not an e-mail address.",
            (C::MailNotConfigured, Ru) => {
                "Почтовый сервер не настроен (Настройки → Эл. почта). Письма можно сохранить файлами .eml."
            }
            (C::MailNotConfigured, Uz) => {
                "Pochta serveri sozlanmagan (Sozlamalar → Elektron pochta). Xatlarni .eml fayllari sifatida saqlash mumkin."
            }
            (C::MailNotConfigured, En) => {
                "No mail server is set up (Settings → E-mail). The messages can be saved as .eml files."
            }
            (C::MailPasswordRequired, Ru) => "Введите пароль учётной записи почтового сервера.",
            (C::MailPasswordRequired, Uz) => "Pochta serveri hisobining parolini kiriting.",
            (C::MailPasswordRequired, En) => "Enter the password of the mail server’s account.",
            (C::MailUnreachable, Ru) => {
                "Не удалось связаться с почтовым сервером ({}). Письмо не отправлено."
            }
            (C::MailUnreachable, Uz) => {
                "Pochta serveri bilan bogʻlanib boʻlmadi ({}). Xat yuborilmadi."
            }
            (C::MailUnreachable, En) => {
                "The mail server could not be reached ({}). The message was not sent."
            }
            (C::MailRefused, Ru) => "Почтовый сервер отказал: {}. Письмо не отправлено.",
            (C::MailRefused, Uz) => "Pochta serveri rad etdi: {}. Xat yuborilmadi.",
            (C::MailRefused, En) => "The mail server refused: {}. The message was not sent.",
            (C::KeyringFailed, Ru) => {
                "Системное хранилище паролей недоступно ({}). Пароль будет запрошен при отправке."
            }
            (C::KeyringFailed, Uz) => {
                "Tizimning parollar ombori mavjud emas ({}). Parol yuborishda soʻraladi."
            }
            (C::KeyringFailed, En) => {
                "The system keyring is not available ({}). The password will be asked for when sending."
            }
        }
    }
}

/// The refusal of a write for want of `role`, naming the role: `forbidden` (the signed-in officer's role is
/// lower) or `sign_in_required` (nobody is signed in).
pub(super) fn refusal(code: ErrorCode, role: Role, lang: Lang) -> &'static str {
    use Lang::{En, Ru, Uz};
    match (code, role, lang) {
        (ErrorCode::SignInRequired, Role::Head, Ru) => {
            "Сначала войдите: это может сделать только руководитель секретариата."
        }
        (ErrorCode::SignInRequired, Role::Head, Uz) => {
            "Avval tizimga kiring: buni faqat kotibiyat rahbari qila oladi."
        }
        (ErrorCode::SignInRequired, Role::Head, En) => {
            "Sign in first: only the head of the secretariat can do this."
        }
        (ErrorCode::SignInRequired, _, Ru) => {
            "Сначала войдите под своей учётной записью: изменения вносят сотрудники секретариата."
        }
        (ErrorCode::SignInRequired, _, Uz) => {
            "Avval oʻz hisobingiz bilan kiring: oʻzgarishlarni kotibiyat xodimlari kiritadi."
        }
        (ErrorCode::SignInRequired, _, En) => {
            "Sign in with your account first: changes are made by officers of the secretariat."
        }
        (_, Role::Head, Ru) => "Только руководитель секретариата может это сделать.",
        (_, Role::Head, Uz) => "Buni faqat kotibiyat rahbari qila oladi.",
        (_, Role::Head, En) => "Only the head of the secretariat can do this.",
        (_, _, Ru) => {
            "Только сотрудник секретариата может вносить изменения; наблюдатель только читает, печатает и выгружает."
        }
        (_, _, Uz) => {
            "Oʻzgarishlarni faqat kotibiyat xodimi kirita oladi; kuzatuvchi faqat oʻqiydi, chop etadi va eksport qiladi."
        }
        (_, _, En) => {
            "Only an officer of the secretariat can make changes; an observer reads, prints and exports."
        }
    }
}
