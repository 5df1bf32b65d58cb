"""The /draft screens' own words in the admin's language (English, Russian, Azerbaijani; English otherwise).

The proposed records' lines stay as the drafter writes them (field names and values of the schema).
"""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "head": "Draft from {title}",
        "source": "Source: {where}",
        "new": " (new)",
        "held": " (already here: {id})",
        "count": "{n} proposed record(s); every quote is a sentence of the article. "
                 "Nothing is saved until you press <b>Save all</b>.",
        "about_held": "<b>About records already here</b> (new facts are added; a disagreeing value replaces the "
                      "stored one only if you switch it on):",
        "replace": " — will replace it",
        "keep": " — keeping the stored value",
        "linked": "Linked to records already here: {ids}",
        "press": "Press a number to drop or keep that line; <code>/draft fix N field value</code> changes a "
                 "drafted value (e.g. <code>/draft fix 3 date 2026-06-11</code>).",
        "save": "Save all ({n})",
        "discard": "Discard",
        "offer": "Draft facts from this article?",
        "go": "Draft facts",
        "no": "No, thanks",
        "declined": "Fine, no draft. Nothing was changed.",
        "discarded": "Discarded the draft; nothing was changed.",
        "saved": "Saved {n} record(s) from {title}{change}; they are live now. /undo reverts the whole article.",
        "as_change": " as change #{id}",
        "added": "Added: {ids}",
        "nothing_on": "Every line is switched off: nothing to save. Keep one, or Discard.",
        "all_held": "Everything I could draft from this article is already in the fact base{linked}. "
                    "Nothing to save; nothing was changed.",
        "reading": "Reading the article…",
        "dropped": "Dropped.",
        "kept": "Kept.",
    },
    "ru": {
        "head": "Черновик по материалу «{title}»",
        "source": "Источник: {where}",
        "new": " (новый)",
        "held": " (уже есть: {id})",
        "count": "Предложено записей: {n}; каждая цитата — предложение из статьи. "
                 "Ничего не сохраняется, пока вы не нажмёте <b>Сохранить всё</b>.",
        "about_held": "<b>О записях, которые уже есть</b> (новые факты добавляются; несовпадающее значение "
                      "заменит сохранённое, только если вы его включите):",
        "replace": " — заменит сохранённое",
        "keep": " — остаётся сохранённое значение",
        "linked": "Связано с имеющимися записями: {ids}",
        "press": "Нажмите номер, чтобы убрать или оставить строку; <code>/draft fix N поле значение</code> "
                 "исправляет значение (например, <code>/draft fix 3 date 2026-06-11</code>).",
        "save": "Сохранить всё ({n})",
        "discard": "Отменить",
        "offer": "Подготовить черновик фактов из этой статьи?",
        "go": "Подготовить",
        "no": "Нет, спасибо",
        "declined": "Хорошо, без черновика. Ничего не изменено.",
        "discarded": "Черновик отменён; ничего не изменено.",
        "saved": "Сохранено записей из «{title}»: {n}{change}; они уже действуют. /undo отменит всю статью.",
        "as_change": " (изменение #{id})",
        "added": "Добавлено: {ids}",
        "nothing_on": "Все строки выключены: сохранять нечего. Оставьте хотя бы одну или отмените.",
        "all_held": "Всё, что я могу извлечь из этой статьи, уже есть в базе фактов{linked}. "
                    "Сохранять нечего; ничего не изменено.",
        "reading": "Читаю статью…",
        "dropped": "Убрано.",
        "kept": "Оставлено.",
    },
    "az": {
        "head": "«{title}» materialından qaralama",
        "source": "Mənbə: {where}",
        "new": " (yeni)",
        "held": " (artıq var: {id})",
        "count": "Təklif olunan qeyd sayı: {n}; hər sitat məqalədəki cümlədir. "
                 "<b>Hamısını saxla</b> düyməsini basana qədər heç nə saxlanmır.",
        "about_held": "<b>Artıq mövcud olan qeydlər haqqında</b> (yeni faktlar əlavə olunur; fərqli dəyər "
                      "saxlanılanı yalnız siz onu aktiv etsəniz əvəz edir):",
        "replace": " — saxlanılanı əvəz edəcək",
        "keep": " — saxlanılan dəyər qalır",
        "linked": "Mövcud qeydlərlə əlaqələndirildi: {ids}",
        "press": "Sətri çıxarmaq və ya saxlamaq üçün nömrəni basın; <code>/draft fix N sahə dəyər</code> "
                 "dəyəri düzəldir (məsələn, <code>/draft fix 3 date 2026-06-11</code>).",
        "save": "Hamısını saxla ({n})",
        "discard": "İmtina et",
        "offer": "Bu məqalədən faktların qaralaması hazırlansın?",
        "go": "Hazırla",
        "no": "Xeyr, sağ olun",
        "declined": "Yaxşı, qaralama yoxdur. Heç nə dəyişmədi.",
        "discarded": "Qaralamadan imtina edildi; heç nə dəyişmədi.",
        "saved": "«{title}» materialından {n} qeyd saxlanıldı{change}; artıq qüvvədədir. /undo bütün məqaləni "
                 "geri qaytarır.",
        "as_change": " (dəyişiklik #{id})",
        "added": "Əlavə olundu: {ids}",
        "nothing_on": "Bütün sətirlər söndürülüb: saxlanacaq heç nə yoxdur. Birini saxlayın və ya imtina edin.",
        "all_held": "Bu məqalədən çıxara bildiyim hər şey artıq faktlar bazasındadır{linked}. "
                    "Saxlanacaq heç nə yoxdur; heç nə dəyişmədi.",
        "reading": "Məqaləni oxuyuram…",
        "dropped": "Çıxarıldı.",
        "kept": "Saxlanıldı.",
    },
}


def text(lang: str | None, key: str, **values: object) -> str:
    words = TEXTS.get(lang or "en", TEXTS["en"])
    return words.get(key, TEXTS["en"][key]).format(**values)
