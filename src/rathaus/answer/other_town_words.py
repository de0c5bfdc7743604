"""Words that show a message asks about ANOTHER German town's office: "Wann hat das Bürgeramt in Leipzig
offen?", "Які години роботи Ausländerbehörde у Берліні?", "Köln'deki Bürgeramt cumartesi açık mı?". The
town's own pages cannot answer that (searched, they give the own office's hours and rules). Plain data; a
municipal developer can extend it.

The rule: a message names an office (OFFICES: "Bürgeramt", "Ausländerbehörde", "Standesamt", "KVR",
"city hall", "mairie", "belediye", "мерія", "外管局") and another German town (PLACES: any id but the town
the assistant serves), and holds no MOVING and no ORIGIN word: it asks about that town's office. Questions
that merely mention another town stay in scope: moving from or to it ("umgezogen", "переїхав",
"taşındım", "moving from Berlin"), a past tie to it (born, married, lived, registered, a car bought or
registered there: "geboren", "doğdum", "gekauft", "zugelassen", "ich habe in Köln gewohnt"). Living or
working there now is no tie to the own town: "Ich wohne in Köln – wann hat das Bürgeramt offen?" asks
about Köln's. MOVING and ORIGIN only keep a question in scope, so they may be generous, but leave
out what any question about another town may hold: "earlier" words that also mean "beforehand"
("vorher", "früher", "before", "раньше", "wcześniej", "önceden", "prethodno", "auparavant"), "married"
and "ślub" (also a wedding to come), "erteilt"/"arbeitet" (what the other office does), Polish "pracuję"
(without marks "pracuje", it opens: "urząd pracuje w sobotę"), Croatian "radim" (what do I do), Hungarian
"vettem" (also an appointment taken).

A question that names another town but no office asks about that town's services unless it holds a
MOVING, ORIGIN or TIES word. TIES is a present-day personal tie that makes it the own town's business:
people the asker knows ("meine Schwester", "arkadaşım", "دوستم", "друзья"), working, commuting or studying
there ("arbeite", "pendle", "studiere", "my job"), hearsay about it ("habe gehört", "man sagt", "听说").
Living there is still no tie; the comment above TIES lists the words left out.

PLACES (the towns' names) is in other_town_places.py, TIES in other_town_ties.py, TRAVEL in other_town_travel.py.

OFFICES holds words for an office or counter only (not services): German ones everyone mixes in, and each
language's own. Left out: Romanian "primăria" (Spanish, Italian "primaria", primary school), bare Italian
"comune" (common), Hungarian "hivatal*" ("hivatalos", official), Polish "urząd*" ("urządzenie"), Czech
"úřad*" (Croatian "uraditi") and "radnici" (Croatian workers), "magistrat*" (Italian "magistrato"),
Albanian "zyr*" (Polish "żyrafa"), Persian "دفتر" (a notebook), Chinese "户口" (one's registration), and
English "office" alone ("office hours": only "office in", "office at").

"hr" also serves Serbian in Latin letters and Bosnian, "sr" holds the Serbian Cyrillic spellings, "ku"
Kurmanji, "ckb" Sorani in Arabic script, "ti" Tigrinya and "am" Amharic in Ge'ez script (the same script, two
languages), "so" Somali.

Amharic joins its prepositions to the word ("በማዘጋጃ ቤት", "ከቢሮው", "የጆብሴንተር") and changes a word's last
syllable with an ending ("ተዛወርኩ", "ተዛውሬ"), so stems stop before it and the attached forms are entries of their
own. Left out: "መስሪያ ቤት" (an office, but "መስሪያ ቤቴ" is my workplace: TIES), "ቀበሌ" and "ወረዳ" (Ethiopia's local
offices, also a neighbourhood, a district), "አስተዳደር" alone (any management), "ቀደም ሲል", "በፊት" (also
"beforehand", "ago"), "መጣ" (a letter came from there: only "I/we came"), "ጋብቻ" (also a wedding to come),
"እኖራለሁ" (I live there now), "ገዛን" (Tigrinya "ገዛ" is a house: "ገዛን መኪናን").
"""

# A town's public office or counter.
OFFICES = {
    "de": "bürgeramt*|buergeramt*|bürger amt|bürgerbüro*|buergerbuero*|bürger büro|bürgerservice*|bürgerdienst*|"
          "ausländerbehörde*|auslaenderbehoerde*|ausländer behörde*|auslaender behoerde*|ausländeramt*|"
          "auslaenderamt*|ausländerstelle*|abh|einwanderungsbehörde*|einwanderungsamt*|landesamt für einwanderung|"
          "migrationsamt*|amt für migration|einbürgerungsbehörde*|einbürgerungsstelle*|"
          "staatsangehörigkeitsbehörde*|standesamt*|standesaemter|zulassungsstelle*|zulassungsbehörde*|"
          "kfz zulassung*|kfzzulassung*|straßenverkehrsamt*|strassenverkehrsamt*|führerscheinstelle*|"
          "fuehrerscheinstelle*|führerscheinbehörde*|fahrerlaubnisbehörde*|rathaus*|stadtverwaltung*|stadtamt*|"
          "stadthaus*|stadtbüro*|gemeindeverwaltung*|gemeindeamt*|kreisverwaltung*|landratsamt*|bezirksamt*|"
          "kreisverwaltungsreferat*|kvr|meldebehörde*|meldeamt*|meldestelle*|einwohnermeldeamt*|einwohneramt*|"
          "kundenzentrum*|ordnungsamt*|sozialamt*|jobcenter*|job center|jugendamt*|wohngeldstelle*|wohnungsamt*|"
          "elterngeldstelle*|gesundheitsamt*|fundbüro*|fundbuero*|amt|ämter|aemter|behörde|behoerde|behörden|"
          "behoerden",
    "en": "city hall*|town hall*|city council|council office*|citizens office*|citizen office*|citizens bureau|"
          "citizen service*|citizens service*|residents office|registration office*|registry office*|"
          "register office*|registrar office|registrar s office|immigration office*|immigration authorit*|"
          "immigration department|foreigners office*|foreigners authorit*|foreigner office*|foreigner authorit*|"
          "foreigners department|aliens office*|aliens authorit*|alien office|vehicle registration office*|"
          "vehicle registration authorit*|car registration office|licensing office*|licensing authorit*|"
          "driving licence office|driver s license office|drivers license office|dmv|municipality|"
          "municipal office*|municipal administration|city administration|town administration|city office*|"
          "town office*|local authorit*|public order office|welfare office|youth office|jobcentre*|job centre|"
          "naturalisation office|naturalization office|civil registry|marriage registry|office in|offices in|"
          "office at|authority in|authorities in",
    "uk": "мерія|мерії|мерію|мерією|міська рада|міську раду|міській раді|міської ради|міськрад*|ратуш*|відомств*|"
          "у справах іноземців|міграційн* служб*|рацс|загс|цнап|реєстраційн* служб*|реєстраційн* офіс*|"
          "сервісн* центр*|бюргерамт*|бургерамт*|бюргербюро|бургербюро|ауслендер*|аусландер*|аусляндер*|ауслєндер*|"
          "джобцентр*|джоб центр*|стандесамт*|штандесамт*|адміністрац* міста|міськ* адміністрац*|офіс у|офісі в|"
          "офіс в",
    "ru": "мэрия|мэрии|мэрию|мэрией|горсовет*|городск* администрац*|администрац* город*|ведомств*|"
          "по делам иностранцев|миграционн* служб*|миграционн* отдел*|загс*|регистрационн* служб*|"
          "регистрационн* офис*|регистрационн* отдел*|гибдд|мрэо|гаи|паспортн* стол*|офис в|офисе в",
    "bg": "кметств*|община|общината|общинск* служб*|общинск* администрац*|службата за чужденци|служба за чужденци|"
          "дирекция миграция|гражданско състояние|гражданска регистрация",
    "sr": "општин*|градска управа|градску управу|градској управи|матичар*|матичн* служб*|служба за странце|"
          "служби за странце|канцеларија за странце|управа за странце|управи за странце|скупштина града|"
          "скупштини града|шалтер*",
    "ar": "بلدية*|البلدية*|بالبلدية*|للبلدية*|والبلدية*|ببلدية*|لبلدية*|بلديه|البلديه|دار البلدية|مبنى البلدية|"
          "مجلس المدينة|إدارة المدينة|مكتب المواطنين|مكتب المواطن|مكتب خدمة المواطنين|مكتب الأجانب|بمكتب الأجانب|"
          "لمكتب الأجانب|دائرة الأجانب|مكتب شؤون الأجانب|دائرة شؤون الأجانب|سلطة الأجانب|هيئة الأجانب|مكتب الهجرة|"
          "دائرة الهجرة|الأوسلندر|أوسلندر|الأوسلاندر|بالأوسلندر|للأوسلندر|البورغرامت|بورغرامت|البورجرامت|"
          "دائرة النفوس|النفوس|الأحوال المدنية|السجل المدني|دائرة الأحوال|مكتب التسجيل|دائرة التسجيل|مكتب تسجيل|"
          "مكتب المرور|دائرة المرور|إدارة المرور|مكتب ترخيص|دائرة الترخيص|مكتب الزواج|الجوب سنتر|جوب سنتر|"
          "الجوبسنتر|جوبسنتر|مكتب العمل|المكتب في|مكتب في|الدائرة في",
    "tr": "belediye*|nüfus dairesi*|nüfus müdürlüğü*|nüfus idaresi*|yabancılar dairesi*|yabancılar şubesi*|"
          "yabancılar bürosu*|yabancılar daire*|yabancilar daire*|göç idaresi*|göçmenlik dairesi*|göçmen dairesi*|"
          "göç dairesi*|evlendirme dairesi*|evlendirme memurluğu*|nikah dairesi*|trafik tescil*|araç tescil*|"
          "ruhsat dairesi*|kayıt dairesi*|kayıt ofisi*|vatandaş bürosu*|halk bürosu*|vatandaşlık dairesi*|ofis*|"
          "kaymakamlık*|valilik*|muhtarlık*|resmi daire*|devlet dairesi*",
    "fa": "شهرداری*|شهرداري*|اداره|ادارات|اداره اتباع|اداره خارجی ها|اداره خارجیها|اداره مهاجرت|ثبت احوال|"
          "اداره ثبت|اداره پلاک|راهنمایی و رانندگی|اداره شهروندی|دفتر شهروندی|بورگرامت|بورگر امت|اوسلندر|آوسلندر|"
          "اداره کار|جاب سنتر|جابسنتر|فرمانداری|بخشداری",
    "ps": "ښاروالۍ|ښاروالي|ښاروالی|شاروالۍ|شاروالی|شاروالي|ادارې|د بهرنیانو اداره|بهرنیانو اداره|د مهاجرت اداره|"
          "د نفوسو|بورګرامت|دفتر ته",
    "ckb": "شارەوانی*|شارهوانی*|فەرمانگە*|فهرمانگه*|نووسینگە*|نووسینگه*|بەڕێوەبەرایەتی*|بهریوهبهرایهتی*|ئاوسلەندەر|"
           "بۆرگەرامت",
    "pl": "urząd|urzęd*|ratusz*|magistrat|magistratu|magistracie|magistrát|magistrátu|usc|wydział komunikacji|"
          "wydziale komunikacji|wydziału komunikacji|biuro meldunkowe|biurze meldunkowym|biuro obywatelskie|"
          "biurze obywatelskim|biuro obsługi mieszkańców",
    "ro": "la primărie|primăria din|primăria orașului|primăriei|primărie|primăriile|biroul cetățenilor|"
          "biroul pentru cetățeni|biroul de străini|biroul pentru străini|oficiul pentru străini|"
          "oficiul de imigrări|oficiul de imigrare|serviciul de stare civilă|oficiul de stare civilă|"
          "biroul de înmatriculări|serviciul de înmatriculare|oficiul de înmatriculare|evidența populației|"
          "biroul de evidență|administrația orașului|biroul|biroului",
    "fr": "mairie*|hôtel de ville|bureau des citoyens|bureau du citoyen|service des étrangers|bureau des étrangers|"
          "office des étrangers|préfecture*|service de l'immigration|bureau de l'immigration|services municipaux|"
          "service municipal|administration municipale|bureau d'état civil|service de l'état civil|"
          "service d'immatriculation|bureau d'immatriculation|bureau des permis|service des permis|municipalité|"
          "bureau d'enregistrement|bureau des naturalisations",
    "es": "ayuntamiento*|alcaldía*|municipalidad*|municipio*|oficina de ciudadanos|oficina del ciudadano|"
          "oficina de atención al ciudadano|oficina de extranjeros|oficina de extranjería|extranjería|"
          "registro civil|oficina de empadronamiento|oficina de registro|oficina de tráfico|"
          "oficina de matriculación|oficina de inmigración|departamento de inmigración|administración municipal|"
          "oficina municipal|oficina en|oficinas en",
    "it": "il comune|al comune|del comune|dal comune|nel comune|comune di|anagrafe|ufficio anagrafe|"
          "ufficio stranieri|ufficio immigrazione|ufficio per stranieri|ufficio del cittadino|ufficio cittadini|"
          "ufficio di stato civile|motorizzazione|ufficio immatricolazioni|questura|prefettura|ufficio comunale|"
          "uffici comunali|ufficio a",
    "pt": "prefeitura*|câmara municipal|serviço de estrangeiros|departamento de estrangeiros|"
          "escritório de estrangeiros|escritório do cidadão|registo civil|cartório*|conservatória*|detran|"
          "departamento de trânsito|serviço de imigração|escritório de imigração|repartição*|junta de freguesia",
    "nl": "gemeentehuis*|stadhuis*|gemeente|gemeentekantoor*|burgerzaken|vreemdelingendienst|vreemdelingenpolitie|"
          "immigratiedienst|burgerloket|bevolkingsregister|rdw|loket",
    # "hr" also serves Serbian in Latin letters and Bosnian; "sr" holds the Serbian Cyrillic spellings.
    "hr": "općin*|opštin*|gradska uprava|gradsku upravu|gradskoj upravi|gradske uprave|matični ured|matičnom uredu|"
          "matičar*|ured za strance|uredu za strance|služba za strance|službi za strance|kancelarija za strance|"
          "kancelariji za strance|uprava za strance|upravi za strance|ured za registraciju|stanica za registraciju|"
          "vijećnic*|ured za građane|uredu za građane|gradski ured|gradskom uredu|šalter|šalteru|ured u|uredu u",
    "el": "δημαρχεί*|δήμος|δήμο|δήμου|υπηρεσία αλλοδαπών|υπηρεσία αλλοδαπων|γραφείο αλλοδαπών|ληξιαρχεί*|"
          "υπηρεσία μετανάστευσης|γραφείο μετανάστευσης|κέντρο εξυπηρέτησης πολιτών|κεπ|δημοτικ* υπηρεσ*|"
          "γραφείο δημοτών|γραφείο αδειών|τμήμα αδειών",
    "cs": "radnice|na radnici|městský úřad|městském úřadě|městského úřadu|městskému úřadu|úřad|úřadu|na úřadě|"
          "úřadem|úřady|úřadech|obecní úřad|obecním úřadě|matrika|matriky|matriku|na matrice|cizinecká policie|"
          "cizinecké policie|cizineckou policii|oamp|registr vozidel|registru vozidel|evidence obyvatel|"
          "evidenci obyvatel",
    "hu": "városháza*|polgármesteri hivatal*|hivatal|hivatalban|hivatalba|hivatalt|hivatalnál|hivatalhoz|"
          "hivatalnak|hivatala|hivatalában|okmányiroda*|anyakönyvi hivatal*|anyakönyvvezető*|idegenrendészet*|"
          "bevándorlási hivatal*|kormányablak*|önkormányzat*",
    "sq": "bashkia|bashkinë|bashkisë|bashki|zyra|zyrën|zyrës|zyrat|zyrave|zyrë|zyrja|komuna|komunën|komunës|komunë|"
          "gjendja civile|gjendjen civile|gjendjes civile|policia e të huajve|sporteli*",
    "ku": "şaredarî*|saredari*|nivîsgeh*|fermangeh*|rêveberî*",
    "vi": "tòa thị chính|toà thị chính|ủy ban|uỷ ban|văn phòng|cơ quan|sở ngoại kiều|phòng ngoại kiều|"
          "cục ngoại kiều|ngoại kiều|phòng đăng ký|văn phòng đăng ký|phòng hộ tịch|chính quyền thành phố|"
          "phòng cư trú|văn phòng công dân|phòng công dân",
    "zh": "市政|政府|外管局|外国人管理局|外國人管理局|外事局|移民局|户籍处|户籍科|户口登记处|登记处|登記處|市民局|市民服务|市民辦公室|市民办公室|民政局|婚姻登记处|车管所|車管所|社会局|青少年局|"
          "劳工局|就业中心|办事处|辦事處|管理局|办公室|辦公室",
    "ti": "ቤት ጽሕፈት*|ቤትጽሕፈት*|ምምሕዳር*|ማዘጋጃ*|ቢሮ*|ንቢሮ*|ብቢሮ*|ኣውስላንደር*|ኣውስለንደር*|ኦስላንደር*|ቡርገራምት*|ጆብሰንተር*|ጆብ ሰንተር*",
    "so": "xafiis*|dowladda hoose|dowlada hoose|baladiyad*|golaha magaalada|maamulka magaalada|hay adda|hay ada",
    "am": "ማዘጋጃ*|የማዘጋጃ*|በማዘጋጃ*|ከማዘጋጃ*|ለማዘጋጃ*|ወደማዘጋጃ*|ከተማ አስተዳደ*|የከተማ አስተዳደ*|ከተማው አስተዳደ*|"
          "የከተማው አስተዳደ*|በከተማ አስተዳደ*|ከከተማ አስተዳደ*|የከተማ መስተዳድ*|የከተማው መስተዳድ*|ቢሮ*|በቢሮ*|ከቢሮ*|የቢሮ*|ለቢሮ*|"
          "ወደቢሮ*|ጽሕፈት ቤ*|ጽህፈት ቤ*|ፅሕፈት ቤ*|ፅህፈት ቤ*|የጽሕፈት ቤ*|የጽህፈት ቤ*|ጽ/ቤ*|ፅ/ቤ*|የውጭ ዜጎች ጉዳይ*|ኢሚግሬሽን*|"
          "የኢሚግሬሽን*|በኢሚግሬሽን*|ከኢሚግሬሽን*|ወደኢሚግሬሽን*|አውስላንደር*|አውስሌንደር*|አውስለንደር*|የአውስላንደር*|"
          "የአውስሌንደር*|በአውስላንደር*|በአውስሌንደር*|ከአውስላንደር*|ከአውስሌንደር*|ቡርገርአምት*|ቡርገራምት*|ቡርገር አምት*|"
          "ቡርገርቡሮ*|ቡርገር ቡሮ*|ቡርገር ቢሮ*|ጆብሴንተር*|ጆብሰንተር*|ጆብ ሴንተር*|የጆብሴንተር*|ከጆብሴንተር*|ለጆብሴንተር*|"
          "በጆብሴንተር*|ሽታንደስአምት*|ሽታንደሳምት*|ስታንደሳምት*|ራትሃውስ*|ራትሀውስ*|ራትሐውስ*|ዞዚያልአምት*|ዞዚያል አምት*",
}

# Moving or having moved between towns, coming from another town.
MOVING = {
    "de": "umzieh*|umgezogen|umzug*|umzüge|ziehe|ziehen um|ziehen nach|ziehen wir|wir ziehen|zieht um|zieht nach|"
          "zog|zogen|gezogen|zuzieh*|zugezogen|zuzug*|wegzieh*|weggezogen|wegzug*|hergezogen|herzieh*|hierher|"
          "neu hier|neu in|neu zugezogen|übersiedl*|umsiedl*|wohnortwechsel*|wohnsitzwechsel*|adressänderung*|"
          "adresswechsel*|neue adresse|neuen adresse|neuer adresse|neuen wohnsitz|neuer wohnsitz|ummeld*|abmeld*|"
          "zuständigkeitswechsel*|akte|akten|aktenübergabe*|aktenanforderung*|aktenversand*|übertrag*",
    "en": "move|moves|moving|moved|relocat*|new to|new in|new here|transfer|transferred|transferring|"
          "change of address|new address|changed my address|came from|coming from|come here from|arrived from|"
          "arrived here",
    "uk": "переїзд*|переїжд*|переїх*|переїду|переселен*|переселил*|переселив*|переселюсь|зміна адреси|зміну адреси|"
          "нова адреса|нову адресу|приїхав*|приїхала|приїхали|прибув|прибула",
    "ru": "переезд*|переезжа*|переех*|перееду|переедем|переселени*|переселил*|переселюсь|смена адреса|смену адреса|"
          "новый адрес|приехал*|прибыл|прибыла",
    "bg": "премест*|местя|местим|преселв*|преселих*|преселен*|нов адрес|новия адрес|смяна на адрес|пристигнах|"
          "дойдох",
    "sr": "пресели*|пресељ*|досели*|досељ*|промена адресе|промену адресе|нова адреса|нову адресу|дошао сам|"
          "дошла сам",
    "ar": "انتقل*|انتقال*|الانتقال*|بالانتقال|سأنتقل|نقل|نقلت|عنوان جديد|عنواني الجديد|تغيير العنوان|تغيير عنوان|"
          "غيرت عنواني|رحلت|جئت من|أتيت من|قدمت من|وصلت من",
    "tr": "taşın*|tasin*|taşıdım|taşıdık|nakil|naklet*|nakled*|nakli|adres değişikliği*|adres değiştir*|"
          "yeni adres*|geldim|geldik|göç ettim|göç ettik|yerleştim|yerleştik",
    "fa": "اسباب کشی|اسبابکشی|نقل مکان|جابجا*|جابه جا*|منتقل|کوچ|کوچ کردم|کوچ کردیم|آدرس جدید|آدرسم عوض|تغییر آدرس|"
          "آمدم|اومدم|اومدیم|آمدیم",
    "ps": "کډه*|کده*|كډه*|راغلی یم|راغلې یم|راغلم|نوې پته|نوی پته|انتقال*|لیږد*|لېږد*",
    "ckb": "گواستمەوە|گواستمهوه|گواستنەوە*|گواستنهوه*|گوێزرامەوە|گویزرامهوه|گواسترامەوە|ناونیشانی نوێ|"
           "ناونیشانی نوی|هاتووم|هاتم",
    "pl": "przeprowadz*|przeprowadzk*|przenios*|przenieś*|wyprowadz*|zmiana adresu|zmianę adresu|nowy adres|"
          "przyjechał*|przyjechal*|przybył*|przybyl*",
    "ro": "m-am mutat|ne-am mutat|s-a mutat|am mutat|mutăm|mutare*|mă mut|să mă mut|ne mutăm|relocare|"
          "schimbare de adresă|schimbarea adresei|adresa nouă|adresă nouă|am venit din|am venit de la",
    "fr": "déménag*|emménag*|installé|installée|installés|m'installer|m'installe|nouvelle adresse|"
          "changement d'adresse|changé d'adresse|arrivé de|arrivée de|venu de|venue de|quitté",
    "es": "mudanza*|me mudé|me mudo|mudarme|mudarse|mudamos|mudado|mudada|mudar|mudaré|mudaremos|traslad*|"
          "nueva dirección|cambio de domicilio|cambio de dirección|cambié de domicilio|vengo de|llegué de",
    "it": "trasferit*|trasferiment*|trasferir*|trasferisc*|trasloc*|cambio di residenza|cambio residenza|"
          "nuovo indirizzo|cambio indirizzo|cambio di indirizzo|vengo da|arrivato da|arrivata da",
    "pt": "mudança*|mudei|mudar*|mudou|mudaram|transferi|novo endereço|mudança de endereço|nova morada|vim de|"
          "cheguei de",
    "nl": "verhuiz*|verhuis*|nieuw adres|adreswijziging*",
    "hr": "preseli*|preselj*|doseli*|doselj*|promjena adrese|promjenu adrese|promena adrese|nova adresa|"
          "novu adresu|došao sam|došla sam|selidb*|seljenj*",
    "el": "μετακομ*|μετεγκατάσταση|μετεγκαταστάθηκα|νέα διεύθυνση|αλλαγή διεύθυνσης|ήρθα από|έρχομαι από",
    "cs": "přestěhov*|stěhov*|přistěhov*|odstěhov*|nová adresa|změna adresy|změnu adresy|přijel*",
    "hu": "költöz*|elköltöz*|átköltöz*|beköltöz*|odaköltöz*|ideköltöz*|új lakcím*|lakcímváltoz*|lakcímváltás*|"
          "érkeztem",
    "sq": "zhvendos*|shpërngul*|u transferova|transferim*|transferova|lëviz|lëvizja|lëvizur|adresë e re|"
          "adresa e re|ndryshim adrese|ndryshimi i adresës|erdha nga|kam ardhur nga",
    "ku": "bar kir|bar kirin|barkirin|bar dikim|bar dikin|bar bikim|koç kir|koç kirin|hatim|ez hatim|navnîşana nû|"
          "cih guhert*",
    "vi": "chuyển nhà|chuyển đến|chuyển từ|chuyển về|chuyển sang|dọn nhà|dọn đến|dọn về|chuyển chỗ ở|chuyển nơi ở|"
          "thay đổi địa chỉ|đổi địa chỉ|địa chỉ mới",
    "zh": "搬家|搬到|搬来|搬來|搬过来|搬過來|搬去|迁入|迁出|迁居|迁往|迁到|遷入|遷居|搬迁|搬遷|新地址|地址变更|更改地址",
    "ti": "ግዓዝ*|ምግዓዝ|ገዓዝ*|ተግዒዘ|ተግዒዝና|ተሰጋጊረ|ምስግጋር|ቀይረ|መጺአ|መጺኣ|መጺእና|ሓድሽ ኣድራሻ|ኣድራሻ ምቕያር",
    "so": "guuray|guuro|guuritaan|guurid|guurayaa|guurayo|u guuray|ka soo guuray|cinwaan cusub|cinwaanka cusub|"
          "ka imid|ka yimid|ka imaaday|soo degay",
    "am": "ተዛወ*|ተዛው*|እዛወ*|ልዛወ*|ስዛወ*|መዛወ*|ለመዛወ*|እንዛወ*|ከተዛወ*|የተዛወ*|ከተዛው*|ማዛወ*|ለማዛወ*|ቤት ቀየርኩ|"
          "ቤት ቀየርን|ቤት ቀይሬ*|ቤት መቀየር|ቤት ለመቀየር|ቤት ልቀይር|ቤት ስቀይር|መጣሁ|መጣሁኝ|መጣን|መጥቼ|መጥቻለሁ|መጥቻለው|"
          "መጥቼያለሁ|መጥተናል|የመጣሁ*|የመጣነው|አዲስ አድራሻ*|አዲሱ አድራሻ*|አዲሱን አድራሻ*|የአድራሻ ለውጥ|አድራሻ መቀየር|"
          "አድራሻዬን መቀየር|አድራሻዬን ለመቀየር|አድራሻ ቀየርኩ|አድራሻዬን ቀየርኩ|አዲስ ነኝ|አዲስ ነን|ወደዚህ ከተማ|ፋይሌ|ፋይሌን|"
          "ፋይላችን*",
}

# Born, married, lived, registered, bought or registered a car elsewhere (in the past: living or working
# there now makes a question about its office that town's business).
ORIGIN = {
    "de": "geboren|gebürtig|geburtsort|zur welt gekommen|verheiratet|geheiratet|heirateten|getraut|gewohnt|gelebt|"
          "wohnte|wohnten|lebte|lebten|gemeldet|angemeldet|abgemeldet|registriert|ehemals|ehemalig*|damals|gekauft|"
          "kaufte|erworben|zugelassen|umschreib*|ausgestellt|stamme|stammt|komme aus|kommt aus|bin aus|"
          "ursprünglich|studiert|gearbeitet|pendle|pendel*|zweitwohnsitz*|nebenwohnsitz*|hauptwohnsitz*|"
          "erstwohnsitz*|wohnsitz in",
    "en": "born|birthplace|place of birth|got married|were married|was married|am married|m married|re married|"
          "lived|used to live|previously|formerly|registered|bought|purchased|issued|grew up|am from|m from|"
          "originally from|come from|studied|commute|second residence|secondary residence|main residence",
    "uk": "народив*|народил*|народжен*|місце народження|одружив*|одружил*|вийшла заміж|жив|жила|жили|проживав*|"
          "проживал*|мешкав*|мешкала|колись|купив|купила|купили|придба*|зареєстрован*|зареєструвал*|прописан*|"
          "виданий|видана|видано|родом з|я з",
    "ru": "родился|родилась|родились|рожден*|место рождения|женился|женат|замужем|вышла замуж|поженились|жил|жила|"
          "жили|проживал*|ранее|купил|купила|купили|приобрел*|зарегистрирован*|прописан*|выдан|выдана|выдано|"
          "родом из|я из",
    "bg": "роден|родена|родих се|място на раждане|оженил*|омъжих|омъжена|женен|живях|живял*|преди това|купих|"
          "купил*|регистриран*|издаден*|аз съм от",
    "sr": "рођен*|место рођења|оженио|удала|венчали|живео|живела|купио|купила|регистрован*|пријављен*|издат*|"
          "издан*|ја сам из",
    "ar": "ولدت|مولود|مولودة|مواليد|مكان الولادة|مكان الميلاد|تزوجت|تزوجنا|متزوج|متزوجة|عشت|سكنت|كنت أسكن|كنت أعيش|"
          "سابقا|من قبل|اشتريت|اشترينا|مسجل|مسجلة|صادر|صادرة|أصلي من|أنا من",
    "tr": "doğdu*|dogdu*|doğum yeri*|doğumlu|evlendim|evlendik|evlendi|yaşadım|yasadim|yaşıyordum|oturdum|"
          "oturuyordum|ikamet ettim|eskiden|satın aldım|satın aldığım|araba aldım|araç aldım|arabamı aldım|"
          "aldığım araba*|aldığım araç*|kayıtlı|kayıtlıydım|kayitli|verildi|memleket*",
    "fa": "متولد|به دنیا آمدم|بدنیا آمدم|به دنیا اومدم|محل تولد|ازدواج کردم|ازدواج کردیم|زندگی می کردم|"
          "زندگی میکردم|سابقا|خریدم|خریده ام|ثبت شده|صادر شده|اهل",
    "ps": "زیږېدلی|زېږېدلی|زیږیدلی|زيږيدلی|زیږېدلې|پیدا شوی|واده کړی|واده مې کړی|واده شوی|اوسېدم|اوسیدم|"
          "ژوند مې کاوه|مخکې|مخکی|پخوا|اخیستی|اخیستې|ثبت شوی|زه د",
    "ckb": "لەدایکبووم|لە دایک بووم|لهدایکبووم|له دایک بووم|هاوسەرگیریم کرد|هاوسهرگیریم کرد|ژیاوم|پێشتر|پیشتر|کڕیم|"
           "تۆمارکراو|تومارکراو|خەڵکی|خهلکی",
    "pl": "urodził*|urodzil*|urodzon*|miejsce urodzenia|ożenił*|ozenil*|wyszłam za mąż|wzięliśmy ślub|mieszkał*|"
          "mieszkal*|poprzednio|dawniej|kupił*|kupil*|zarejestrowan*|zameldowan*|wydan*|pochodzę|jestem z",
    "ro": "născut|născută|locul nașterii|căsătorit*|locuit|am trăit|cumpărat|înmatriculat*|înregistrat*|eliberat*|"
          "sunt din",
    "fr": "suis né|suis née|est né|est née|né à|née à|lieu de naissance|suis marié|me suis marié|mariée|mariés|"
          "ai vécu|avons vécu|habité|habitais|précédemment|anciennement|acheté|achetée|immatriculé*|enregistré*|"
          "délivré*|originaire|je viens de",
    "es": "yo nací|nací en|nacido|nacida|lugar de nacimiento|me casé|casado|casada|casamos|viví en|vivía|"
          "anteriormente|compré|comprado|comprada|matriculado|matriculada|registrado|registrada|empadronado|"
          "empadronada|expedido|expedida|soy de",
    "it": "sono nato|sono nata|nato a|nata a|luogo di nascita|sposato|sposata|sposati|vissuto|abitavo|"
          "in precedenza|precedentemente|comprato|comprata|acquistato|acquistata|immatricolat*|registrato|"
          "registrata|rilasciat*|sono di",
    "pt": "nasci|nascido|nascida|local de nascimento|eu casei|me casei|morei|morava|vivi em|vivia|comprei|emitido|"
          "emitida|sou de",
    "nl": "geboorteplaats|getrouwd|gewoond|woonde|woonden|voorheen|gekocht|geregistreerd|ingeschreven|afgegeven|"
          "kom uit",
    "hr": "rođen*|rodjen*|roden|mjesto rođenja|mesto rođenja|oženio|udala|vjenčali|venčali|živio|živjela|živeo|"
          "živela|stanovao|stanovala|kupio|kupila|kupili|registrovan*|registriran*|prijavljen*|izdan*|izdat*|"
          "ja sam iz|porijeklom|poreklom",
    "el": "γεννήθηκα|γεννημένος|γεννημένη|τόπος γέννησης|παντρεύτηκα|παντρευτήκαμε|έζησα|ζούσα|παλιότερα|αγόρασα|"
          "ταξινομημένο|ταξινομήθηκε|εκδόθηκε|είμαι από",
    "cs": "narodil*|narozen*|místo narození|oženil*|vdala|vzali|bydlel*|žil|žila|žili|předtím|koupil*|registrovan*|"
          "přihlášen*|vydan*|jsem z",
    "hu": "születtem|született|születési hely*|házasodtam|összeházasodtunk|férjhez mentem|megnősültem|laktam|éltem|"
          "régebben|autót vettem|kocsit vettem|vásároltam|regisztrált|bejelentett|kiállított|kiadott|származom",
    "sq": "kam lindur|u linda|lindur|vendlindja|vendlindje|u martova|jam martuar|u martuam|kam jetuar|kam banuar|"
          "jetova|bleva|kam blerë|regjistruar|lëshuar|jam nga",
    "ku": "ji dayik bûm|ji dayikbûm|jidayikbûn*|zewicîm|zewicî|zewiciye|jiyam|kirrî|qeydkirî|tomarkirî|ez ji",
    "vi": "sinh ra|sinh tại|nơi sinh|kết hôn|đã cưới|lấy vợ|lấy chồng|đã sống|trước đây|trước kia|đã mua|mua xe|"
          "đã đăng ký|được cấp|cấp tại|quê ở|quê tôi",
    "zh": "出生|生于|生於|结婚|結婚|住过|住過|曾经|曾經|买的|買的|买了|買了|购买|購買|登记过|登記過|注册过|签发|簽發|来自|來自|老家",
    "ti": "ተወሊደ|ዝተወለድኩ|ትውልደይ|ተመርዕየ|ተመርዒና|ነበርኩ|ቅድሚ ሕጂ|ገዚአ|ዝገዛእክዎ|ዝተመዝገበ|ተመዝጊበ|ዝተዋህበ",
    "so": "dhashay|dhalasho*|guursaday|guursatay|guursannay|ku noolaa|ku nolaa|horay|iibsaday|iibsatay|"
          "diiwaan gashan|diiwaangashan|ka ahay",
    "am": "ተወለ*|የተወለ*|ከተወለ*|ተወልጄ*|ተወልደ*|ተወልዳ*|ተወልዶ*|የትውልድ*|ትውልዴ*|ትውልዳችን*|አገባሁ|አገባን|ተጋባን|"
          "ተጋብተን*|አግብቼ*|አግብቻለሁ|ያገባሁ*|ባለትዳር ነኝ|ኖርኩ*|የኖርኩ*|ኖሬያለሁ|ኖሬያለው|ኖሬ ነበር|እኖር ነበር|እንኖር ነበር|"
          "ስኖር ነበር|ተመዝግ*|ተመዘገ*|የተመዘገ*|ገዛሁ*|የገዛሁ*|ገዝቼ*|ገዝቻለሁ|ገዝቻለው|የገዛነው|ተማርኩ|ተምሬ*|እሰራ ነበር|"
          "እሠራ ነበር|ሰርቼ ነበር|ሠርቼ ነበር|ሁለተኛ መኖሪያ*|የቀድሞ አድራሻ*|የድሮ አድራሻ*",
}
