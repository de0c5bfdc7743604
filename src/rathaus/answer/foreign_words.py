"""Words that show a message asks to renew a foreign passport or identity card
at that country's embassy or consulate: "How do I renew my Turkish passport
at the consulate in Munich?", "Termin beim Generalkonsulat, um meinen
Personalausweis zu verlängern", "Konsoloslukta nüfus cüzdanı yenileme". That
is the business of the foreign state's mission, not of the town; searched,
such a message found the town's page on transferring a residence permit into
a new passport. It gets "no answer" and the offer of a member of staff
instead. Plain data; a municipal developer can extend it.

The rule: a message is out of scope when it holds, anywhere and in any
order, at least one entry of each of the three dicts (in any language):

- RENEW: renew, extend, prolong, replace, reissue, get / apply for a new
  one, as a verb or a noun ("Verlängerung", "yenileme", "продление");
- DOCUMENT: a passport or an identity card ("Reisepass", "nüfus cüzdanı",
  "загранпаспорт", "جواز السفر", "dowód osobisty", "护照", "căn cước");
- AUTHORITY: a consulate, consulate general, embassy or other diplomatic
  mission ("Generalkonsulat", "başkonsolosluk", "سفارت", "领事馆").

Residence permits ("Aufenthaltstitel", "oturum izni", "посвідка"), visas and
the travel documents the town issues to foreigners ("Reiseausweis für
Ausländer") are not DOCUMENT words: the town handles those. A German
passport is the town's business too, but such a question names no embassy
or consulate ("Wie verlängere ich meinen Reisepass?" stays in scope).

Entries are matched as answer/wordlists.py says ("konsolosluğu'nda" is the
words "konsoloslugu nda"); a first word's stem ("konsolos*": "konsolosluk",
"konsoloslugu", "konsoloshane") is at least four letters, a Chinese entry two
characters. Arabic joins "و" (and), "ب" (at, with), "ل" (for), "ال" (the) to
the word, so "السفارة", "بالسفارة", "للسفارة", "والسفارة" are entries of their
own. A compound that holds two kinds ("Passverlängerung",
"paspoortverlenging", "útlevélcsere") stands in both dicts.

Entries of every language are looked for in every message, so an entry must
not be an everyday word of another language once marks are gone: Serbian
"pasoš" is Spanish "pasos" (steps), hence only its other cases and word
groups ("pasoša", "moj pasoš"); Spanish "DNI" is Polish "dni" (days), hence
"el dni", "mi dni"; Czech "pas" is French "pas" (not) and Dutch "pas", hence
"český pas", "cestovní pas", "pasu"; Italian "CIE" is Polish "cię"; Turkish
"balyoz" (sledgehammer) is Kurmanji "balyoz" (ambassador), hence only
"balyozxane"; Greek "προξενεί" is also "causes", hence "προξενείο";
Vietnamese "sứ quán" alone is "sự quan (tâm)", hence "đại sứ quán"; German
"verläng*" is "verlang*" (demand) without its umlaut, hence "verlänger*";
Persian "سفارش" (order) starts like "سفارت", hence no stem "سفار*"; Persian
and Pashto "جواز" is a licence or permit ("جواز کار", "د ښوونکي جواز"), hence
Arabic "جواز سفر", "جوازي", "الجواز", "تجديد جواز", not a bare "جواز". German
"Pass" stays a single word although English has "pass": too common in German
questions to leave out, and it counts only beside a RENEW and an AUTHORITY
word.

What is left out on purpose (and should stay out):
- past tenses where a language marks them: "renewed", "extended",
  "yeniledim", "продлил", "renovei", "verlängert" (except "verlängert
  wird/werden/man"), and Portuguese "renove", "renovo", which are Spanish
  "renové", "renovó" without accents: "My consulate just issued me a new passport, what do I
  do with my residence permit?" and "Konsolosluktan yeni pasaport aldım" are
  questions about the town's page on transferring the residence permit;
- "new" without a verb of getting or applying and without the document
  ("einen neuen Pass", "need a new", "brauche ich einen neuen", "yenisini"):
  "I have a new passport from the consulate, do I need a new residence card?";
- getting a passport at all ("issue me a passport", "délivrer un passeport",
  "استخراج جواز", "sacar el pasaporte"): "Mon ambassade refuse de me délivrer
  un passeport" asks for the town's travel document for foreigners;
- "exchange" and "replace" without the document ("تعویض", "wymiana",
  "zamjena", "замена", "csere", "更换"): exchanging a foreign driving licence
  is the town's business, with the passport and an embassy translation named
  beside it.
A question that renews a residence permit while the passport is at the
consulate ("my passport is at the embassy for renewal, can I extend my
residence permit?") holds all three kinds all the same; the rule declines it.

"hr" also serves Serbian in Latin letters and Bosnian; "sr" holds the Serbian
Cyrillic spellings. "ku" is Kurmanji in Latin letters, "ckb" Sorani in Arabic
script (also as typed on a Persian keyboard: ی و ل ر ه for ێ ۆ ڵ ڕ ە), "ti"
Tigrinya and "am" Amharic in Ge'ez script (the same script, two languages),
"so" Somali.

Amharic joins its prepositions to the word ("በኤምባሲ", "ከቆንስላ", "የፓስፖርት",
"ለማደስ") and changes a word's last syllable with an ending ("ፓስፖርቴ", my
passport; "ፓስፖርቱ"), so its stems stop before that syllable ("ፓስፖር*",
"ማራዘ*", three syllables at least) and the attached forms are entries of
their own; one sound's spellings that matching does not fold are given too
(ሰ/ሠ, ዕ/እ: "ማሣደስ", "ዕድሳት"). Left out: "ፋይዳ" (Ethiopia's digital ID, also
"use, benefit"), the past ("አሳደስኩ", "ታደሰ", "አዲስ ፓስፖርት አገኘሁ": the
residence permit's transfer), "መቀየር"/"መለወጥ" (change, exchange) without
the document, "ማደ*" and "ማሳደ*" ("ማደግ", to grow up; "ማሳደግ", to raise a
child).
"""

# Renew, extend, prolong, replace, reissue, get / apply for a new (passport).
RENEW = {
    # German: ä ö ü ß are also written ae oe ue ss.
    "de": "verlängern|verlaengern|verlängere|verlaengere|verlängerst|verlaengerst|verlängerung*|verlaengerung*|"
          "verlängerbar*|verlaengerbar*|verlängert werden|verlaengert werden|verlängert wird|verlaengert wird|"
          "verlängert man|verlaengert man|erneuern|erneuere|erneuerst|erneuerung*|erneuert werden|erneuert wird|"
          "erneuert man|neu ausstellen|neu ausgestellt werden|neuausstellung*|neu beantragen|neubeantragung*|"
          "passverlänger*|passverlaenger*|passerneuer*|reisepassverlänger*|reisepassverlaenger*|reisepasserneuer*|"
          "ausweisverlänger*|ausweisverlaenger*|ausweiserneuer*|personalausweisverlänger*|"
          "personalausweisverlaenger*|personalausweiserneuer*|pass ersetzen|reisepass ersetzen|ausweis ersetzen|"
          "personalausweis ersetzen|neuen pass beantragen|neuen reisepass beantragen|neuen ausweis beantragen|"
          "neuen personalausweis beantragen|neuen pass ausstellen|neuen reisepass ausstellen|"
          "neuen ausweis ausstellen|neuen personalausweis ausstellen|neuen pass machen|neuen reisepass machen|"
          "beantrage ich einen neuen pass|beantrage ich einen neuen reisepass|beantrage ich einen neuen ausweis|"
          "beantrage ich einen neuen personalausweis|ausstellung eines neuen pass*|"
          "ausstellung eines neuen reisepass*|ausstellung eines neuen ausweis*|"
          "ausstellung eines neuen personalausweis*",
    "en": "renew|renews|renewing|renewal|renewals|to be renewed|get it renewed|get my passport renewed|"
          "have my passport renewed|get my id renewed|extend|extends|extending|extension|extensions|to be extended|"
          "get it extended|prolong|prolonging|prolongation|reissue|reissuing|reissuance|re issue|re issuing|"
          "replace my passport|replace the passport|replace a lost passport|replace my lost passport|"
          "replacing my passport|replacement passport|passport replacement|replace my id|replace my national id|"
          "replace my identity card|replacement id|id replacement|get a new passport|getting a new passport|"
          "apply for a new passport|applying for a new passport|application for a new passport|"
          "request a new passport|order a new passport|obtain a new passport|issue a new passport|"
          "issue me a new passport|make a new passport|get a new id|apply for a new id|get a new identity card|"
          "apply for a new identity card|get a new national id|apply for a new national id",
    # Ukrainian: и and й, і and ї are the same letters once marks are gone.
    "uk": "продовжит*|продовження|продовженні|продовженням|продовжуват*|продовжую|поновит*|поновлення*|"
          "поновлюват*|оновит*|оновлення*|оновлюват*|заміна паспорт*|заміну паспорт*|заміни паспорт*|"
          "замінит* паспорт*|заміна закордонн*|заміну закордонн*|замінит* закордонн*|заміна id|заміну id|"
          "обмін паспорт*|обміну паспорт*|обміняти паспорт*|переоформит*|переоформлення*|переоформлюват*|"
          "оформити новий паспорт|оформити новий закордонний|оформлення нового паспорта|"
          "оформлення нового закордонного|отримати новий паспорт|отримати новий закордонний|"
          "отримання нового паспорта|отримання нового закордонного|зробити новий паспорт|"
          "виготовлення нового паспорта",
    "ru": "продлит*|продлени*|продлева*|продлю|продлят|обновит*|обновлени*|обновля*|замена паспорт*|"
          "замену паспорт*|замены паспорт*|заменит* паспорт*|замена загранпаспорт*|замену загранпаспорт*|"
          "заменит* загранпаспорт*|обмен* паспорт*|обменят* паспорт*|поменят* паспорт*|поменят* загранпаспорт*|"
          "восстановит*|восстановлени*|переоформит*|переоформлени*|переоформля*|перевыпуск*|перевыпустит*|"
          "оформить новый паспорт|оформить новый загранпаспорт|оформление нового паспорта|"
          "оформление нового загранпаспорта|получить новый паспорт|получить новый загранпаспорт|"
          "получение нового паспорта|получение нового загранпаспорта|сделать новый паспорт|"
          "сделать новый загранпаспорт|выдача нового паспорта|выдачу нового паспорта|выдачи нового паспорта",
    # Arabic: ة also written ه; the prefixes و ب ل ال give entries of their own.
    "ar": "تجديد*|بتجديد*|لتجديد*|وتجديد*|التجديد*|للتجديد*|وبتجديد*|ولتجديد*|أجدد|يجدد|نجدد|تجدد|تمديد*|بتمديد*|"
          "لتمديد*|وتمديد*|التمديد*|للتمديد*|أمدد|يمدد|نمدد|استبدال جواز*|استبدال الجواز*|لاستبدال جواز*|"
          "لاستبدال الجواز*|باستبدال جواز*|باستبدال الجواز*|استبدال باسبور*|استبدال الباسبور*|استبدال الهوية|"
          "استبدال الهويه|استبدال بطاقة الهوية|إعادة إصدار|بدل فاقد|بدل ضائع|بدل تالف|استخراج جواز جديد|"
          "استخراج جواز سفر جديد|إصدار جواز جديد|إصدار جواز سفر جديد|الحصول على جواز جديد|"
          "الحصول على جواز سفر جديد|أطلع جواز جديد|أطلع باسبور جديد|استخراج هوية جديدة|استخراج بطاقة هوية جديدة|"
          "إصدار هوية جديدة|الحصول على هوية جديدة",
    # Turkish: ı also typed i; past tenses ("yeniledim", "uzattım") left out.
    "tr": "yenileme*|yenilerim|yeniletme*|yenileteb*|yeniletece*|yenileye*|yenilenme*|yenilenece*|yenilenebil*|"
          "yenilenir|uzatma*|uzatım*|uzatim*|uzatılma*|uzatilma*|uzattırma*|uzattirma*|uzatab*|uzataca*|"
          "uzatılab*|uzatilab*|temdit*|yeni pasaport alma*|yeni pasaport alabil*|yeni pasaport alaca*|"
          "yeni pasaport çıkarma*|yeni pasaport çıkartma*|yeni pasaport çıkarab*|yeni pasaport çıkartab*|"
          "yeni pasaport çıkaraca*|yeni pasaport çıkartaca*|yeni pasaport cikarma*|yeni pasaport cikartma*|"
          "yeni pasaport cikarab*|yeni pasaport cikartab*|yeni kimlik alma*|yeni kimlik çıkarma*|"
          "yeni kimlik çıkartma*|yeni kimlik cikarma*|yeni kimlik cikartma*",
    # Persian: Arabic keyboards type ي for ی, ك for ک.
    "fa": "تمدید*|تمديد*|تجدید*|تجديد*|تعویض پاسپورت*|تعويض پاسپورت*|تعویض گذرنامه*|تعويض گذرنامه*|"
          "تعویض کارت ملی|تعويض كارت ملي|تعویض شناسنامه*|تعويض شناسنامه*|تعویض تذکره*|تعويض تذكره*|المثنی|"
          "المثني|صدور مجدد|عوض کردن پاسپورت|عوض كردن پاسپورت|پاسپورت جدید بگیرم|پاسپورت جديد بگيرم|"
          "پاسپورت جدید بگیریم|گذرنامه جدید بگیرم|گذرنامه جديد بگيرم|پاس جدید بگیرم|تذکره جدید بگیرم|"
          "تذكره جديد بگيرم|کارت ملی جدید بگیرم|گرفتن پاسپورت جدید|گرفتن پاسپورت جديد|گرفتن گذرنامه جدید|"
          "گرفتن گذرنامه جديد|درخواست پاسپورت جدید|درخواست پاسپورت جديد|درخواست گذرنامه جدید|"
          "درخواست گذرنامه جديد|صدور پاسپورت جدید|صدور پاسپورت جديد|صدور گذرنامه جدید|صدور گذرنامه جديد",
    # Pashto: Persian and Arabic keyboards lack ې ۍ ګ ښ ټ ړ ډ ڼ ږ (ی گ ش ت ر د ن ژ, ي ك).
    "ps": "تمدید*|تمديد*|تجدید*|تجديد*|نوي کول*|نوي كول*|نوې کول*|نوی کول*|نوي کړم|نوی کړم|نوې کړم|نوي کرم|"
          "نوی کرم|نوي كرم|بیا نوي|بيا نوي|نوی پاسپورټ واخلم|نوی پاسپورت واخلم|نوی پاسپورټ جوړ کړم|"
          "نوی پاسپورت جور کرم|نوې تذکره واخلم|نوې تذکره جوړه کړم|نوی تذکره واخلم",
    # Sorani: also as typed on a Persian keyboard (ی و ل ر ه for ێ ۆ ڵ ڕ ە).
    "ckb": "نوێکردنەوە*|نویکردنهوه*|نوێ کردنەوە*|نوی کردنهوه*|نوێ بکەمەوە|نوی بکهمهوه|نوێی بکەمەوە|نویی بکهمهوه|"
           "نوێ بکەینەوە|نوی بکهینهوه|نوێ بکرێتەوە|نوی بکریتهوه|نوێ دەکرێتەوە|نوی دهکریتهوه|درێژکردنەوە*|"
           "دریژکردنهوه*|درێژ کردنەوە*|دریژ کردنهوه*|درێژ بکەمەوە|دریژ بکهمهوه|درێژی بکەمەوە|دریژی بکهمهوه|"
           "درێژ بکرێتەوە|دریژ بکریتهوه|تەمدید*|تهمدید*|پاسپۆرتی نوێ وەربگرم|پاسپورتی نوی وهربگرم|"
           "پاسپۆرتێکی نوێ وەربگرم|پاسپورتیکی نوی وهربگرم|پاسپۆرتی نوێ دەربهێنم|پاسپورتی نوی دهربهینم",
    # Polish: ł also typed l.
    "pl": "przedłużyć|przedluzyć|przedłużeni*|przedluzeni*|przedłużać|przedluzać|przedłużam|przedluzam|"
          "przedłużę|przedluzę|przedłuży|przedluzy|odnowić|odnowieni*|odnawia*|wymiana paszportu|wymiany paszportu|"
          "wymianę paszportu|wymienić paszport|wymiana dowodu|wymiany dowodu|wymianę dowodu|wymienić dowód|"
          "wyrobić nowy paszport|wyrobić nowy dowód|wyrobienie nowego paszportu|wyrobienie nowego dowodu|"
          "wniosek o nowy paszport|wniosek o nowy dowód|wydanie nowego paszportu|wydanie nowego dowodu|"
          "wydania nowego paszportu|wydania nowego dowodu|uzyskać nowy paszport|uzyskać nowy dowód",
    "ro": "reînnoire*|reînnoi|reînnoiesc|reînnoiască|reînnoiești|reînnoiți|reinoire*|reinoi|reinoiesc|prelungire*|"
          "prelungi|prelungesc|prelungească|prelungiți|preschimbare*|preschimba|preschimb|preschimbe|"
          "să îmi fac un nou pașaport|să-mi fac un nou pașaport|să îmi fac un pașaport nou|"
          "să-mi fac un pașaport nou|să fac un pașaport nou|să fac un nou pașaport|eliberarea unui nou pașaport|"
          "eliberarea unui pașaport nou|emiterea unui nou pașaport|să îmi fac buletin nou|să-mi fac buletin nou|"
          "înlocuire pașaport|înlocuirea pașaportului|înlocuirea buletinului|înlocui pașaportul",
    "fr": "renouveler|renouvellement*|renouvelle|renouvellent|renouvelles|renouvelez|renouvelons|renouvelable*|"
          "prolonger|prolongation*|prolonge|prolongez|remplacer mon passeport|remplacement du passeport|"
          "remplacement de mon passeport|remplacer ma carte d'identité|remplacement de la carte d'identité|"
          "remplacement de ma carte d'identité|refaire mon passeport|refaire le passeport|"
          "refaire ma carte d'identité|faire un nouveau passeport|obtenir un nouveau passeport|"
          "demander un nouveau passeport|demande de nouveau passeport|besoin d'un nouveau passeport|"
          "faire une nouvelle carte d'identité|obtenir une nouvelle carte d'identité|"
          "demander une nouvelle carte d'identité",
    "es": "renovar*|renovación*|renueva*|renuevo|renueve*|prórroga*|extender mi pasaporte|reposición del pasaporte|"
          "reposición del dni|reposición de mi pasaporte|duplicado del dni|duplicado del pasaporte|"
          "duplicado de mi dni|sacar un nuevo pasaporte|sacar un pasaporte nuevo|sacar un nuevo dni|"
          "sacarme un nuevo pasaporte|tramitar un nuevo pasaporte|tramitar un pasaporte nuevo|tramitar un nuevo dni|"
          "obtener un nuevo pasaporte|obtener un pasaporte nuevo|solicitar un nuevo pasaporte|"
          "solicitar un pasaporte nuevo|pedir un nuevo pasaporte|pedir un pasaporte nuevo|hacer un nuevo pasaporte|"
          "hacerme un nuevo pasaporte|hacerme un pasaporte nuevo|expedición de un nuevo pasaporte|"
          "expedir un nuevo pasaporte|sacar una nueva cédula|tramitar una nueva cédula|solicitar una nueva cédula",
    "it": "rinnovar*|rinnovo|rinnova|rinnovamento|prorogar*|proroga|rifare il passaporto|rifare la carta d'identità|"
          "rifare la carta di identità|rifarmi il passaporto|fare un nuovo passaporto|fare il nuovo passaporto|"
          "fare la nuova carta d'identità|ottenere un nuovo passaporto|richiedere un nuovo passaporto|"
          "chiedere un nuovo passaporto|rilascio di un nuovo passaporto|rilascio del nuovo passaporto|"
          "duplicato del passaporto|duplicato della carta d'identità",
    # Croatian, Serbian (Latin), Bosnian: đ also typed dj or d.
    "hr": "produžit*|produženj*|produžavanj*|produžim|obnovit*|obnova|obnovu|obnove|obnavlja*|zamjena putovnice|"
          "zamjenu putovnice|zamijeniti putovnicu|zamjena osobne|zamjenu osobne|zamijeniti osobnu|zamjena pasoša|"
          "zamjenu pasoša|zamijeniti pasoš|zamena pasoša|zamenu pasoša|zameniti pasoš|zamena lične karte|"
          "zamenu lične karte|zameniti ličnu kartu|zamjena lične karte|izvaditi novi pasoš|izvaditi novu putovnicu|"
          "izvaditi novu osobnu|izvaditi novu ličnu kartu|izvadim novi pasoš|izvadim novu putovnicu|"
          "izvadim novu ličnu kartu|vađenje novog pasoša|vadjenje novog pasoša|vadenje novog pasoša|"
          "vađenje nove putovnice|izdavanje novog pasoša|izdavanje nove putovnice|izdavanje nove osobne",
    "sr": "продужит*|продужењ*|продужавањ*|продужим|обновит*|обнова|обнову|обнављ*|замена пасоша|замену пасоша|"
          "заменити пасош|замена личне карте|замену личне карте|заменити личну карту|извадити нови пасош|"
          "извадим нови пасош|извадити нову личну карту|вађење новог пасоша|издавање новог пасоша|"
          "издавање нове личне карте",
    "el": "ανανέωση|ανανέωσης|ανανεώσω|ανανεώσεις|ανανεώσει|ανανεώσουμε|ανανεώνω|ανανεώνεται|ανανεώνονται|"
          "ανανεωθεί|ανανεώνει|παράταση|παράτασης|παρατάσεις|παρατείνω|παρατείνει|παρατείνεται|παραταθεί|"
          "αντικατάσταση διαβατηρίου|αντικατάσταση του διαβατηρίου|αντικατάσταση ταυτότητας|"
          "αντικατάσταση της ταυτότητας|επανέκδοση*|έκδοση νέου διαβατηρίου|έκδοση καινούργιου διαβατηρίου|"
          "έκδοση νέας ταυτότητας|έκδοση καινούργιας ταυτότητας|βγάλω νέο διαβατήριο|"
          "βγάλω καινούργιο διαβατήριο|βγάλω νέα ταυτότητα|βγάλω καινούργια ταυτότητα",
    "bg": "подновя*|удължа*|подмяна на паспорт*|подмяна на задграничен|подмяна на лична карта|"
          "подмяна на личната карта|подменя паспорт*|смяна на паспорт*|смяна на лична карта|"
          "смяна на личната карта|да извадя нов паспорт|да си извадя нов паспорт|да изкарам нов паспорт|"
          "издаване на нов паспорт|изваждане на нов паспорт|издаване на нова лична карта|"
          "изваждане на нова лична карта|да си направя нов паспорт|да извадя нова лична карта|"
          "да си извадя нова лична карта",
    "cs": "prodloužit*|prodloužení|prodlužován*|prodlužuj*|obnovit*|obnovení|obnova|obnovu|výměn* pasu|"
          "výměn* cestovn*|výměn* občank*|výměn* občansk*|vyměnit pas|vyměnit občanku|vyměnit občanský průkaz|"
          "vyřídit nový pas|vyřízení nového pasu|zažádat o nový pas|požádat o nový pas|žádost o nový pas|"
          "udělat nový pas|vystavení nového pasu|vystavit nový pas",
    "nl": "verlengen|verlenging*|verleng|verlengt|vernieuwen|vernieuwing*|vernieuw|vernieuwt|paspoort vervangen|"
          "identiteitskaart vervangen|id kaart vervangen|vervanging van mijn paspoort|vervanging van het paspoort|"
          "vervangend paspoort|paspoortverleng*|paspoortvernieuw*|nieuw paspoort aanvragen|"
          "nieuw paspoort aan te vragen|nieuwe identiteitskaart aanvragen|nieuwe id kaart aanvragen|"
          "nieuwe id aanvragen",
    # Hungarian: "meg" stands apart in "hosszabbíthatom meg", hence the stems without it.
    "hu": "megújít*|újíthat*|újíttat*|újítani|meghosszabbít*|hosszabbít*|útlevélcsere*|útlevél cseréje|"
          "útlevelem cseréje|útlevelet cserél*|személyi igazolvány cseréje|személyim cseréje|"
          "új útlevelet igényel*|új útlevelet csináltat*|új útlevelet kér*|új útlevél igénylés*|"
          "új személyi igazolványt igényel*|új személyit igényel*",
    "zh": "续签护照|护照续签|续签我的护照|护照延期|延期护照|延长护照|护照延长|更新护照|护照更新|换新护照|护照换新|"
          "换护照|护照换发|换发护照|补办护照|护照补办|更换护照|护照更换|换领护照|补领护照|办理新护照|办新护照|"
          "申请新护照|重新办理护照|重新申请护照|办个新护照|办一本新护照|身份证延期|延期身份证|换身份证|身份证换|"
          "换发身份证|换领身份证|补领身份证|补办身份证|身份证补办|更换身份证|身份证更换|办理新身份证|申请新身份证|"
          "護照續簽|續簽護照|護照延期|更換護照|換護照|補辦護照|換發護照|身分證換發|換身分證|補辦身分證",
    "pt": "renovar*|renovação*|renova|prorrogar*|prorrogação*|segunda via|tirar um novo passaporte|"
          "tirar um passaporte novo|tirar o novo passaporte|tirar uma nova identidade|tirar nova identidade|"
          "emitir um novo passaporte|emissão de um novo passaporte|emissão de novo passaporte|"
          "fazer um novo passaporte|fazer um passaporte novo|fazer o novo passaporte|pedir um novo passaporte|"
          "solicitar um novo passaporte|substituição do passaporte|substituir o passaporte|"
          "substituir meu passaporte|substituir o cartão de cidadão|substituição do cartão de cidadão",
    "sq": "rinovim*|rinovoj|rinovojë|rinovosh|rinovohet|zgjatje*|zgjatja|zgjatim*|zgjas|të zgjas|ta zgjas|"
          "ndërrimi i pasaportës|ndërrim pasaporte|ndërroj pasaportën|ndërrimi i letërnjoftimit|"
          "ndërroj letërnjoftimin|të nxjerr pasaportë të re|të nxjerr një pasaportë të re|"
          "ta nxjerr pasaportën e re|nxjerrja e pasaportës së re|nxjerrjen e pasaportës së re|"
          "të pajisem me pasaportë të re|të marr pasaportë të re|të marr një pasaportë të re|"
          "të bëj pasaportë të re|të bëj pasaportën e re|të bëj letërnjoftim të ri|të nxjerr letërnjoftim të ri|"
          "të marr letërnjoftim të ri",
    # Vietnamese: đ also typed d.
    "vi": "gia hạn|cấp lại|làm lại|cấp đổi|cap doi|đổi hộ chiếu|doi ho chieu|đổi căn cước|doi can cuoc|đổi cccd|"
          "doi cccd|đổi passport|doi passport|làm hộ chiếu mới|làm mới hộ chiếu|xin hộ chiếu mới|"
          "xin cấp hộ chiếu mới|cấp hộ chiếu mới|cấp mới hộ chiếu|làm căn cước mới|làm passport mới",
    "ku": "nûkirin*|nû kirin*|nû bikim|nû bikin|nû bike|dirêjkirin*|dirêj kirin*|dirêj bikim|dirêj bikin|dirêj bike|"
          "guhertina pasaport*|pasaportê biguherim|pasaporta xwe biguherim|pasaportek nû bistînim|"
          "pasaporteke nû bistînim|pasaporteke nû çêkim|pasaporteke nû derxînim|pasaporta nû derxînim|"
          "nasnameyeke nû bistînim|nasnameyeke nû derxînim",
    "ti": "ምሕዳስ|ንምሕዳስ|ምሕዳሱ|ምሕዳሳ|ንምሕዳሱ|ንምሕዳሳ|ክሕድስ|ክሕድሶ|ከሕድስ|ከሕድሶ|ክሕደስ|ይሕደስ|ዝሕደስ|ምንዋሕ|ንምንዋሕ|ምንዋሑ|"
          "ከናውሕ|ክናውሕ|ከናውሖ|ምቕያር ፓስፖርት|ክቕይር ፓስፖርት|ሓድሽ ፓስፖርት ክወስድ|ሓድሽ ፓስፖርት ንምውሳድ|ሓድሽ ፓስፖርት ክረክብ|"
          "ሓድሽ ፓስፖርት ንምርካብ|ሓድሽ ፓስፖርት ክገብር",
    "so": "cusboonays*|cusbooneys*|cusbooneeys*|kordhin*|beddel*|bedelaad|bedelid|baasaboor cusub ka qaado|"
          "baasaboor cusub qaado|baasaboor cusub ka qaato|baasaboor cusub qaato|baasaboor cusub sameyso|"
          "baasaboor cusub samayso|baasaboor cusub sameysto|baasaboor cusub samaysto|baasaboor cusub ku sameysto|"
          "baasaboor cusub ku samaysto",
    "am": "ማደስ|ለማደስ|ማሳደስ|ለማሳደስ|ማሣደስ|ለማሣደስ|ላድስ|ላድሰው|ላሳድስ|ላሳድሰው|አድሳለሁ|አሳድሳለሁ|አሳድሳለው|"
          "እናሳድሳለን|ማደሻ|ማሳደሻ|እድሳት*|ዕድሳት*|እድሳቱ*|ዕድሳቱ*|የእድሳት*|የዕድሳት*|ለእድሳት*|ለዕድሳት*|ይታደሳል|ይታደሳሉ|"
          "ሊታደስ|እንዲታደስ|የሚታደስ*|ማራዘ*|ለማራዘ*|የማራዘ*|ማስራዘ*|ለማስራዘ*|ላራዝም|አራዝማለሁ|ይራዘማል|ሊራዘም|እንዲራዘም|"
          "የሚራዘም*|ፓስፖርት መቀየር|ፓስፖርት ለመቀየር|ፓስፖርቴን መቀየር|ፓስፖርቴን ለመቀየር|ፓስፖርት መለወጥ|ፓስፖርቴን መለወጥ|"
          "ፓስፖርቴን ለመለወጥ|መታወቂያ መቀየር|መታወቂያዬን መቀየር|መታወቂያዬን ለመቀየር|አዲስ ፓስፖርት ማውጣት|አዲስ ፓስፖርት ለማውጣት|"
          "አዲስ ፓስፖርት ላወጣ|አዲስ ፓስፖርት ማግኘት|አዲስ ፓስፖርት ለማግኘት|አዲስ ፓስፖርት ማሰራት|አዲስ ፓስፖርት ለማሰራት|"
          "አዲስ ፓስፖርት ለማመልከት|ለአዲስ ፓስፖርት ማመልከት|ለአዲስ ፓስፖርት ለማመልከት|አዲስ መታወቂያ ማውጣት|"
          "አዲስ መታወቂያ ለማውጣት|አዲስ መታወቂያ ማግኘት|አዲስ መታወቂያ ለማግኘት|ምትክ ፓስፖርት|የፓስፖርት ምትክ",
}

# A passport or an identity card (never a residence permit, a visa or the
# town's travel document for foreigners).
DOCUMENT = {
    "de": "pass|reisepass*|kinderreisepass*|kinderpass*|personalausweis*|ausweis|ausweises|ausweisdokument*|"
          "ausweispapier*|id karte|identitätskarte*|identitaetskarte*|nationalpass*|passverlänger*|"
          "passverlaenger*|passerneuer*|ausweisverlänger*|ausweisverlaenger*|ausweiserneuer*",
    "en": "passport*|id card*|identity card*|identity document*|national id|national identity|id document*|my id|"
          "our id|his id|her id|the id|an id|new id",
    "uk": "паспорт*|id карт*|айді карт*|ід карт*|посвідчення особ*",
    "ru": "паспорт*|загранпаспорт*|загран|загранник|id карт*|айди карт*|удостоверени* личности",
    # Arabic: a bare "جواز" is also Persian and Pashto for a licence or permit ("جواز کار"), hence "جواز سفر",
    # the possessive and prefixed forms, and "جواز" after a renew word.
    "ar": "جواز سفر*|جواز السفر|جوازي|جوازى|جوازك|جوازه|جوازها|جوازنا|جوازات*|بجواز*|لجواز*|وجواز*|فجواز*|الجواز*|"
          "بالجواز*|للجواز*|والجواز*|تجديد جواز|لتجديد جواز|بتجديد جواز|وتجديد جواز|تمديد جواز|لتمديد جواز|"
          "أجدد جواز|نجدد جواز|يجدد جواز|استبدال جواز|باسبور*|الباسبور*|بالباسبور*|للباسبور*|والباسبور*|"
          "هوية|الهوية|هويه|الهويه|هويتي|بهويتي|بالهوية|للهوية|البطاقة الشخصية|البطاقه الشخصيه|بطاقة شخصية|"
          "بطاقتي الشخصية|البطاقة الوطنية|البطاقة القومية|البطاقه القوميه|تذكرة|التذكرة|تذكرتي",
    "tr": "pasaport*|nüfus cüzdan*|kimlik*|kimliğ*",
    "fa": "پاسپورت*|گذرنام*|پاسم|پاسمو|کارت ملی|كارت ملي|کارت ملي|کارت شناسایی|كارت شناسايي|شناسنامه*|تذکره*|"
          "تذكره*",
    "ps": "پاسپورټ*|پاسپورت*|تذکره*|تذكره*|تذکرې|تذکرو|تذكرو|پیژند پاڼه|پېژند پاڼه|پيژند پاڼه|پیژند پانه|"
          "پيژند پانه|د پیژندنې کارت|د پېژندنې کارت|د پیژندنی کارت|د پيژندني كارت",
    "ckb": "پاسپۆرت*|پاسپورت*|پاسەکە*|پاسهکه*|ناسنامە*|ناسنامه*|کارتی نیشتمانی|کارتی نیشتیمانی|کارتی نیشتمانیی|"
           "کارتی نیشتیمانیی",
    "pl": "paszport*|dowód osobist*|dowodu osobist*|dowodem osobist*|dowodzie osobist*|dowód tożsamości|"
          "dowodu tożsamości|mój dowód|mojego dowodu",
    "ro": "pașaport*|buletin|buletinul|buletinului|buletine|carte de identitate|cartea de identitate|"
          "cărții de identitate|cărți de identitate|carte electronică de identitate",
    "fr": "passeport*|carte d'identité|carte nationale d'identité|cni|pièce d'identité|titre d'identité",
    "es": "pasaporte*|el dni|mi dni|del dni|un dni|su dni|tu dni|nuevo dni|documento nacional de identidad|"
          "documento de identidad|cédula*|carné de identidad|carnet de identidad|tarjeta de identidad|"
          "credencial para votar|credencial de elector",
    "it": "passaport*|carta d'identità|carta di identità|carta identità|documento d'identità|documento di identità",
    "hr": "putovnic*|pasoša|pasošu|pasošem|pasoši|pasoše|moj pasoš|novi pasoš|stari pasoš|srpski pasoš|"
          "bosanski pasoš|crnogorski pasoš|makedonski pasoš|kosovski pasoš|pasoš mi|pasoš je|osobn* iskaznic*|"
          "ličn* kart*",
    "sr": "пасош*|личн* карт*",
    "el": "διαβατήρι*|ταυτότητ*",
    "bg": "паспорт*|личн* карт*",
    "cs": "cestovn* pas*|pasu|pasem|český pas|slovenský pas|můj pas|svůj pas|nový pas|platný pas|prodloužit pas|"
          "obnovit pas|vyměnit pas|občansk* průkaz*|občank*",
    "nl": "paspoort*|identiteitskaart*|identiteitsbewijs*|id kaart*|id bewijs",
    "hu": "útlev*|személyi igazolv*|személyim*|személyit|személyid",
    "zh": "护照|護照|身份证|身分證|身份證|身分证",
    "pt": "passaporte*|identidade|cartão de cidadão|cartão do cidadão",
    "sq": "pasaport*|letërnjoftim*|kart* identitet*|kart* e identitet*",
    "vi": "hộ chiếu|căn cước|cccd|chứng minh nhân dân|chứng minh thư|cmnd",
    "ku": "pasaport*|nasname*",
    "ti": "ፓስፖር*|ንፓስፖር*|ብፓስፖር*|ፓስፓር*|መንነት|መንነተይ|መንነትካ|መንነትኪ|መታወቂ*",
    "so": "baasaboor*|basaboor*|baasaaboor*|baasabor*|baasbor*|basbor*|kaar* aqoonsi*|kaadh* aqoonsi*|teesaro|"
          "tesaro|teessaro|kaarka qaranka|aqoonsiga qaranka",
    "am": "ፓስፖር*|የፓስፖር*|ለፓስፖር*|በፓስፖር*|ከፓስፖር*|ስለፓስፖር*|ፓስፓር*|የፓስፓር*|ፖስፖር*|ፓሥፖር*|የፓሥፖር*|መታወቂ*|"
          "የመታወቂ*|ለመታወቂ*|በመታወቂ*|ከመታወቂ*|መታወቅያ*|የመታወቅያ*|ለመታወቅያ*|አይዲ ካርድ*|አይዲዬ*",
}

# A consulate, consulate general, embassy or other diplomatic mission.
AUTHORITY = {
    "de": "konsulat*|generalkonsulat*|konsular*|konsul|botschaft|botschaften|botschafts*|auslandsvertretung*|"
          "diplomatische vertretung*|diplomatischen vertretung*",
    "en": "consulate*|consul|consular|embass*|diplomatic mission*|diplomatic representation*|high commission",
    "uk": "консульств*|генконсульств*|консул|консульськ*|посольств*|дипломатичн* представництв*|дипломатичн* місі*",
    "ru": "консульств*|генконсульств*|консул|консульск*|посольств*|дипмисси*|диппредставительств*|"
          "дипломатическ* представительств*|дипломатическ* мисси*",
    "ar": "سفارة*|سفاره*|السفارة*|السفاره*|بالسفارة*|بالسفاره*|للسفارة*|للسفاره*|والسفارة*|والسفاره*|بسفارة*|"
          "بسفاره*|لسفارة*|وسفارة*|سفارتي|سفارتنا|سفارات|السفارات|قنصل|قنصلي*|القنصل|القنصلي*|بالقنصلي*|"
          "للقنصلي*|والقنصلي*|بقنصلي*|لقنصلي*|وقنصلي*|القنصلات|البعثة الدبلوماسية|بعثة دبلوماسية|"
          "البعثات الدبلوماسية|الممثلية",
    "tr": "konsolos*|başkonsolos*|büyükelçi*|elçilik*|sefaret*|diplomatik temsilci*",
    "fa": "سفارت*|کنسولگر*|كنسولگر*|سرکنسولگر*|سركنسولگر*|کنسول|كنسول|بخش کنسولی|بخش كنسولي|نمایندگی سیاسی|"
          "نمايندگي سياسي|نمایندگی دیپلماتیک|نمايندگي ديپلماتيك",
    "ps": "سفارت*|کنسولگر*|كنسولگر*|قونسلګر*|قونسلگر*|کونسلګر*|کونسلگر*|كونسلگر*|قنسولګر*|قنسولگر*|کنسولګر*|"
          "قونسلخان*|قونسل",
    "ckb": "باڵیۆزخان*|بالیوزخان*|باڵوێزخان*|بالویزخان*|کونسوڵ*|کونسول*|قونسوڵ*|قونسول*|کۆنسوڵ*|کۆنسول*|"
           "سەفارەت*|سهفارهت*",
    "pl": "konsulat*|konsulacie|konsularn*|konsul|ambasad*|placówk* dyplomatyczn*",
    "ro": "consulat*|ambasad*|consul|misiun* diplomatic*|reprezentanț* diplomatic*",
    "fr": "consulat*|ambassade*|consul|consulaire*|mission diplomatique|représentation diplomatique",
    "es": "embajad*|consulado*|cónsul|sección consular|representación diplomática|misión diplomática",
    "it": "ambasciat*|consolato|consolati|consolare|consolari|rappresentanza diplomatica",
    "hr": "konzulat*|veleposlanstv*|ambasad*|konzularn*|diplomatsk* predstavništv*|diplomatsko konzularn*",
    "sr": "конзулат*|амбасад*|конзуларн*|дипломатск* представништв*",
    "el": "πρεσβεί*|προξενείο*|προξενεία*|προξενείου|προξενικ*|διπλωματικ* αποστολ*",
    "bg": "консулств*|посолств*|консул|дипломатическ* представителств*",
    "cs": "velvyslanectv*|konzulát*|zastupitelsk* úřad*",
    "nl": "ambassade*|consulaat*|diplomatieke vertegenwoordiging*|diplomatieke post",
    "hu": "nagykövetség*|konzulátus*|főkonzulátus*|külképviselet*|konzuli",
    "zh": "领事馆|領事館|领事|領事|领馆|領館|大使馆|大使館|使馆|使館",
    "pt": "embaixad*|consulado*|cônsul|consular|representação diplomática|missão diplomática",
    "sq": "ambasad*|konsullat*|konsull|përfaqësi* diplomatik*",
    "vi": "đại sứ quán|dai su quan|đsq|dsq|lãnh sự|lsq",
    "ku": "balyozxan*|konsolxan*|konsolos*|sefaret*",
    "ti": "ኤምባሲ*|ንኤምባሲ*|ብኤምባሲ*|ኣምባሲ*|ኢምባሲ*|ቆንስላ*|ንቆንስላ*|ብቆንስላ*|ቆንስል*|ቈንስላ*",
    "so": "safaarad*|qunsul*|safiirka",
    "am": "ኤምባሲ*|በኤምባሲ*|ከኤምባሲ*|የኤምባሲ*|ለኤምባሲ*|ወደኤምባሲ*|ኢምባሲ*|በኢምባሲ*|ከኢምባሲ*|የኢምባሲ*|ቆንስላ*|በቆንስላ*|"
          "ከቆንስላ*|የቆንስላ*|ለቆንስላ*|ወደቆንስላ*|ቆንስል*|በቆንስል*|ከቆንስል*|የቆንስል*|ቆንሲላ*|ቆንሲል*|ቆንጽላ*|ቆንፅላ*|"
          "የቆንጽላ*|ዲፕሎማቲክ ሚሲዮን*|የዲፕሎማቲክ ሚሲዮን*|ዲፕሎማሲያዊ ሚሲዮን*|ዲፕሎማቲክ ተልዕኮ*|ዲፕሎማቲክ ተልእኮ*",
}
