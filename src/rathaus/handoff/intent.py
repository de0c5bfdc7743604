"""Does the citizen ask for a person? ("Ich möchte mit einem Menschen sprechen",
"can I talk to a human", "з'єднайте з оператором" …)

Patterns, not a model: a request for a person is a short, formulaic sentence,
and a false alarm ("Welche Unterlagen braucht eine Person für …?") would take
the bot away from a citizen it could have helped. So a pattern needs a word
for a person *and* a word for talking/connecting, or one unmistakable word
("Sachbearbeiter", "human", "оператор"). Extend the lists for your town.
"""

from __future__ import annotations

import re

# Sorani typed on a Persian keyboard lacks ە ێ ۆ ڵ ڕ: each of them also matches the letter typed in its place
# (ە as "ه", often with a zero-width non-joiner after it, ێ as "ی" or "ي"; "لەگەڵ" as "لهگهل", "له‌گه‌ل").
_PERSIAN_KEYBOARD = {"ە": "[ەه]\u200c?", "ێ": "[ێیي]", "ۆ": "[ۆو]", "ڵ": "[ڵل]", "ڕ": "[ڕر]", "ک": "[کك]", "ی": "[یي]"}


def _persian_keyboard(words: str) -> str:
    return "".join(_PERSIAN_KEYBOARD.get(c, c) for c in words)


# (person words, talk words, unmistakable words) per language; lower case, stems allowed.
PATTERNS: dict[str, tuple[str, str, str]] = {
    "de": ("mensch|menschen|person|mitarbeiter\\w*|mitarbeiterin\\w*|jemand\\w*|persönlich",
           "sprechen|reden|verbinden|verbinde|kontakt|schreiben|chatten|telefonieren|anrufen",
           ("sachbearbeiter\\w*|echten menschen|echte person|kein bot|keinen bot|nicht mit (?:dem|einem) bot|"
            "^(?:einen )?mensch(?:en)?,? bitte\\W*$|^bitte (?:einen )?mensch(?:en)?\\W*$")),
    "en": ("human|person|someone|somebody|agent|staff|employee|operator|representative|people",
           "talk|speak|chat|connect|contact|transfer|reach|put me through|through to",
           # a message that is only "agent", "a human please"
           "real person|human being|not a bot|live agent|customer service|"
           "^(?:an? )?(?:agent|human|operator|representative)(?: please| pls)?\\W*$"),
    "uk": ("людин\\w*|працівник\\w*|оператор\\w*|співробітник\\w*|консультант\\w*",
           "говорити|поговорити|зв['ʼ’]?я[зж]\\w*|з['ʼ’]?єдна\\w*|\\w*спілкува\\w*|розмовляти|переписа\\w*|листува\\w*",
           "жива людина|живою людиною|реальною людиною|хтось живий|оператор\\w*"),
    "ru": ("человек\\w*|сотрудник\\w*|оператор\\w*|консультант\\w*|специалист\\w*",
           "говорить|поговорить|связ\\w*|соедин\\w*|общаться|пообщаться|позов\\w*|переключ\\w*|переписа\\w*",
           "живой человек|живым человеком|кто-нибудь живой|кто-то живой|оператор\\w*"),
    "tr": ("insan\\w*|yetkili\\w*|temsilci\\w*|görevli\\w*|personel\\w*|biri\\w*|"
           # "with / to an employee, a civil servant" only: "çalışanlarımı nasıl sigortalarım, kiminle iletişime
           # geçmeliyim?" (an employer's question about employees) asks for no one
           "çalışan(?:la|ıyla|ınızla|larınızla|larınızdan biriyle|a)|memur(?:la|a|uyla|larla|lardan biriyle)",
           "konuş\\w*|görüş\\w*|bağla\\w*|iletişim|yazış\\w*|sohbet\\w*",
           "gerçek bir insan|canlı destek|müşteri temsilcisi"),
    "ar": ("موظف|الموظفين|موظفين|إنسان|انسان|شخص|أحد|حدا|مسؤول",
           "تحدث|أتحدث|التحدث|أكلم|تكلم|أتكلم|اتكلم|أحكي|احكي|التواصل|تواصل|اتصال|أراسل|اراسل|مراسلت\\w*|أدردش|ادردش",
           "شخص حقيقي|موظف خدمة|خدمة العملاء|حو[ّ]?لني"),
    # Not after "کدام"/"چه" (which): "با کدام کارمند تماس بگیرم؟" asks which office to turn to.
    "fa": ("(?<!کدام )(?<!چه )(?:انسان|کارمند(?:ها|ان)?|اپراتور|شخص|کسی|مسئول|آدم)",
           "صحبت|حرف|تماس|وصل|ارتباط|چت",
           "یک انسان واقعی|آدم واقعی|نه (?:با )?ربات|اپراتور"),
    # Only "osobą" of "osoba": "z (żywą) osobą" asks for one; "osob\\w*" also took the Croatian and Czech
    # "osobu" ("Koju osobu trebam kontaktirati za …?": which office to turn to, not a live agent).
    "pl": ("człowiek\\w*|czlowiek\\w*|pracownik\\w*|konsultant\\w*|osobą|urzędnik\\w*|kimś|kims|kogoś|kogos",
           ("rozmawiać|rozmawiac|porozmawiać|porozmawiac|połącz\\w*|polacz\\w*|przełącz\\w*|przelacz\\w*|"
            "kontakt\\w*|mówić|mowic|popisać|popisac|czatować|czatowac"),
           "żywym człowiekiem|zywym czlowiekiem|prawdziwą osobą|ktoś żywy|ktos zywy|konsultant\\w*"),
    # "un om", not "om": the Dutch "om" ("om een paspoort aan te vragen") is in every other sentence.
    "ro": ("un om|omul|persoan\\w*|angajat\\w*|operator\\w*|cineva|funcționar\\w*",
           "vorbesc|vorbi|vorbească|discut\\w*|conecta\\w*|legătura|contact|transfer\\w*",
           "persoană reală|om real|operator uman"),
    "fr": ("humain|personne|quelqu'un|quelqu un|quelquun|agent|conseiller\\w*|employé\\w*|opérateur\\w*",
           "parler|discuter|contacter|joindre|mettre en relation|passer",
           "vraie personne|être humain|conseiller\\w*|un humain (?:svp|stp|s'il vous pla[iî]t)|^un humain\\W*$"),
    "es": ("humano|persona|alguien|agente|empleado\\w*|operador\\w*|funcionario\\w*|atenci[oó]n al (?:ciudadano|cliente)",
           "hablar|conversar|contactar|comunicar\\w*|pasar|p[aá]same|p[aá]seme|atender|atienda\\w*",
           "persona real|ser humano|un agente"),
    "it": ("umano|persona|qualcuno|operatore|operatrice|impiegat\\w*|addetto",
           "parlare|contattare|mett\\w* in contatto|mess[oa] in contatto|passare|comunicare|chattare",
           "persona reale|essere umano|operatore umano|in carne e ossa"),
    # Croatian, read by Serbian and Bosnian speakers too: ijekavian and ekavian forms, with and without diacritics.
    "hr": (("čovjek\\w*|covjek\\w*|čovek\\w*|covek\\w*|osobom|službenik\\w*|sluzbenik\\w*|službenic\\w*|"
            "sluzbenic\\w*|zaposlenik\\w*|djelatnik\\w*|operater\\w*|nekim|nekime|nekoga|nekog"),
           ("razgovarati|razgovaram|porazgovarati|pričati|pricati|pričam|pricam|spojite|spojiti|povežite|"
            "povezite|povezati|prebacite|prebaciti|kontaktirati|razgovor|dopisivati|dopisujem|četati|cetati|chatati"),
           ("živom osobom|zivom osobom|pravom osobom|stvarnom osobom|pravim čovjekom|pravim covjekom|"
            "pravim čovekom|pravim covekom|ne s botom|ne sa botom|nije bot")),
    # Greek, with and without accents (many type without them).
    "el": (("άνθρωπ\\w*|ανθρώπ\\w*|ανθρωπ\\w*|υπάλληλ\\w*|υπαλληλ\\w*|κάποιον|καποιον|εκπρόσωπ\\w*|"
            "εκπροσωπ\\w*|χειριστ\\w*"),
           ("μιλήσω|μιλησω|μιλάω|μιλαω|μιλήσουμε|μιλησουμε|συνδέσετε|συνδεσετε|συνδέστε|συνδεστε|"
            "επικοινωνήσω|επικοινωνησω|συνομιλήσω|συνομιλησω|συνομιλία|συνομιλια"),
           ("πραγματικό άνθρωπο|πραγματικο ανθρωπο|αληθινό άνθρωπο|αληθινο ανθρωπο|πραγματικό πρόσωπο|"
            "πραγματικο προσωπο|όχι με bot|οχι με bot|όχι με ρομπότ|οχι με ρομποτ|όχι μηχάνημα|οχι μηχανημα")),
    # Bulgarian: "connect me" ("свържете"), not "I contact" ("С кой служител да се свържа за …?": an office).
    "bg": ("човек|човека|служител\\w*|консултант\\w*|оператор\\w*|някого|някой",
           "говоря|поговоря|разговарям|говорим|разговор|свържете|прехвърлете|прехвърлите|пиша|пишем|чатя",
           "жив човек|истински човек|реален човек|някой жив|не с бот|не с робот|не с машина"),
    # Czech: the person after "s" ("mluvit s pracovníkem"), with and without diacritics; "Kterou osobu
    # mám kontaktovat …?", "Na kterého úředníka se obrátit …?" ask for an office.
    "cs": (("člověkem|clovekem|pracovníkem|pracovnikem|pracovnicí|úředníkem|urednikem|úřednicí|operátorem|"
            "operatorem|operátora|operatora|někým|nekym|některým|nekterym|osobou|zaměstnancem|zamestnancem"),
           ("mluvit|promluvit|hovořit|hovorit|mluvím|mluvim|spojte|spojit|spojíte|spojite|přepojte|prepojte|"
            "přepojit|prepojit|bavit|psát|psat|chatovat"),
           ("živým člověkem|zivym clovekem|živý člověk|zivy clovek|skutečným člověkem|skutecnym clovekem|skutečnou osobou|"
            "skutecnou osobou|ne s botem|ne s robotem")),
    # Dutch: not "contact" ("Met welke medewerker moet ik contact opnemen over …?" asks for an office).
    "nl": ("mens|medewerker\\w*|iemand|persoon|ambtenaar|ambtenares|operator|klantcontactcentrum|klantenservice",
           "spreken|praten|chatten|doorverbinden|verbinden|verbind|verbindt|doorgeschakeld|doorschakelen",
           "echt persoon|echte persoon|echt mens|echte mens|levend persoon|geen bot|geen robot|"
           "niet met een bot|niet met een robot|medewerker (?:aub|graag|alstublieft|alsjeblieft)|"
           "iemand (?:van|bij) (?:het |de )?(?:klantcontactcentrum|klantenservice)"),
    # Hungarian: the person with "-val/-vel" ("beszélni egy ügyintézővel"); "Kihez forduljak …?" and
    # "Melyik ügyintézőhöz …?" ask for an office.
    "hu": (("emberrel|ügyintézővel|ugyintezovel|munkatárssal|munkatarssal|kollégával|kollegaval|valakivel|"
            "személlyel|szemellyel|operátorral|operatorral|munkatárshoz|munkatarshoz|ügyintézőhöz|ugyintezohoz|"
            "emberhez|valakihez|operátorhoz|operatorhoz"),
           ("beszélni|beszelni|beszélhetnék|beszelhetnek|beszélhetek|beszelhetek|beszélnék|beszelnek|"
            "kapcsoljon|kapcsolna|kapcsolni|kapcsolják|kapcsoljanak|átkapcsol\\w*|atkapcsol\\w*|csevegni|chatel\\w*|"
            "beszélgetés|beszelgetes|beszélgetni|beszelgetni"),
           ("élő ember|elo ember|valódi emberrel|valodi emberrel|igazi emberrel|nem bottal|nem robottal")),
    # Chinese: no spaces, so parts of a run of characters (see UNSPACED); talking, not contacting
    # ("我应该联系哪位工作人员办理登记？" asks for an office); not "人" or "人工" alone ("本人", "人工智能").
    "zh": ("工作人员|员工|职员|办事员|客服|专员|真人|活人|某人|有人|一个人",
           "说话|交谈|谈谈|谈一谈|聊聊|聊天|聊一下|聊一聊|沟通|通话|对话|转接|接通",
           "人工客服|人工服务|转人工|找真人|和真人|跟真人|与真人|人工坐席|不要机器人|不是机器人|不想和机器人"),
    # Portuguese: the person after "com"/"para" ("falar com um atendente", "transfira-me para um funcionário");
    # not "contactar"/"contatar" ("Que funcionário devo contactar para …?" asks for an office), and none of its
    # words bare, being Spanish, Italian or Romanian too ("persona", "agente", "operador"); not "passar" or "ligar"
    # ("… para uma pessoa passar a morar aqui?", "ligar para a câmara").
    "pt": (("(?:com|para|pra|por) (?:um |uma |o |a |algum |alguma )?(?:humano|pessoa|atendente|funcion[áa]ri[oa]|"
            "operador[a]?|colaborador[a]?|agente|algu[ée]m)"),
           ("falar|conversar|fale|falo|transferir|transfira|transfere|encaminhar|encaminhe|passe|conectar|"
            "conecte|me passa|me passe|atendid[oa]|atender"),
           ("atendente humano|atendimento humano|pessoa real|pessoa de verdade|humano de verdade|"
            "n[ãa]o com (?:um |o )?(?:rob[ôo]|bot)|n[ãa]o quero falar com (?:um |o )?(?:rob[ôo]|bot)")),
    # Albanian: the person after "me" ("të flas me një punonjës", "me dikë"), with and without "ë";
    # "Me cilin nëpunës duhet të flas …?" and "Me kë duhet të kontaktoj …?" ask for an office.
    "sq": (("me (?:një |nje )?(?:njeri|njeriu|punonj[ëe]s\\w*|n[ëe]pun[ëe]s\\w*|zyrtar\\w*|operator\\w*|"
            "person[ëe]?|konsulent\\w*)|me dik[ëe]|me dikush|te dikush|tek dikush|te dik[ëe]|ndonj[ëe] njeri"),
           "flas|flisni|folur|bisedoj|biseduar|lidhni|lidhe|lidheni|transferoni|kaloni",
           ("njeri t[ëe] v[ëe]rtet[ëe]|njeri real|person t[ëe] v[ëe]rtet[ëe]|person real|jo me (?:një |nje )?bot|"
            "jo me (?:një |nje )?robot")),
    # Vietnamese: syllables, with and without diacritics; not "người" alone, nor "nhân viên nào" ("which member
    # of staff": "Tôi nên liên hệ với nhân viên nào …?" asks for an office), nor "chuyển" alone ("chuyển nhà": moving).
    "vi": (("nhân viên(?! nào)|nhan vien(?! nao)|cán bộ(?! nào)|can bo(?! nao)|tư vấn viên|tu van vien|"
            "tổng đài viên|tong dai vien|ai đó|ai do|con người|con nguoi|người thật|nguoi that"),
           ("nói chuyện|noi chuyen|trò chuyện|tro chuyen|nói với|noi voi|kết nối|ket noi|nối máy|noi may|"
            "chuyển máy|chuyen may|chuyển cho|chuyen cho|chuyển tôi|chuyen toi|chat với|chat voi|nhắn tin|nhan tin"),
           ("với người thật|voi nguoi that|với một người thật|voi mot nguoi that|"
            "cho (?:tôi|mình|em|con) gặp (?:nhân viên|cán bộ)|cho (?:toi|minh|em|con) gap (?:nhan vien|can bo)|không phải với robot|khong phai voi robot|không muốn nói chuyện với robot|"
            "khong muon noi chuyen voi robot")),
    # Kurmanji: someone indefinite ("bi karmendekî re biaxivim"), with and without diacritics; not "mirov" alone
    # (also "one": "Mirov bi kê re biaxive …?"); "Bi kîjan karmendî re …?" and "têkilî" ("contact") ask for an office.
    "ku": (("karmendek\\w*|mirovek\\w*|kesek\\w*|xebatkarek\\w*|operatorek\\w*|berpirsek\\w*|bi mirov(?:an)? re|yek[îi]"),
           ("biaxivim|biaxive|biaxivin|axivim|bipeyivim|bipeyive|peyivim|axaftin|bipeyivin|gir[êe] bidin|"
            "gir[êe]bidin|veguhêzin|veguhezin|binivîsim|binivisim|bişînin|bisinin"),
           ("mirovek[îi] rast[îi]n|mirovek[îi] rasteq[îi]n|mirov[êe] rast[îi]n|kesek[îi] rast[îi]n|mirov[êe] zind[îi]|"
            "ne bi (?:bot|robot|mak[îi]ne)\\w* re")),
    # Pashto: the person inside "له … سره" / "د … سره" ("with …": "له یو کارمند سره خبرې وکړم"), with "ی" or "ي"
    # as typed; its person words are Persian too ("کارمند", "شخص", "کس", "انسان"), and "خبری" is a Persian "any
    # news?", so nothing without that frame, and none of its words bare. Not "له کوم کارمند سره …?" ("with which
    # member of staff …?": an office), nor "له چا سره" ("with whom"), nor "اړیکه"/"تماس" ("contact").
    "ps": (("(?:له|د) (?:[یي]و |[یي]وه )?(?:ریښتین[یيې] |ریښتن[یي] |ژوند[یي] |حقیق[یي] |اصل[یي] )?"
            "(?:کارمند|کارمندانو|کارکوونک[یيې]|کارکوونکو|انسان|انسانانو|سړ[یي]|شخص|کس|مامور|اپراتور|مسؤول|مسئول|"
            "چارواک[یي]) سره|(?:له|د) [یي]و چا سره|[یي]و (?:کارمند|کارکوونک[یيې]|اپراتور|انسان) ته"),
           ("خبرې|خبر[یي]|وغږېږم|وغږیږم|وغږيږم|وغږېدای|غږېږم|غږیږم|وصل|ونښلوئ|ونښلئ|ونښلوه|انتقال|چټ|چت"),
           ("ژوند[یي] انسان|ریښتین[یي] انسان|ریښتن[یي] انسان|حقیق[یي] انسان|نه له روبوټ سره|له روبوټ سره نه|"
            "نه له ماشین سره|له ماشین سره نه|سړ[یي] شته چې ورسره|څوک شته چې ورسره|"
            "(?:کارکوونک[یيې]|کارمند|انسان|اپراتور) سره (?:ونښلو\\w*|ونښلئ|وصل)")),
    # Sorani: someone indefinite ("فەرمانبەرێک", "an employee") after "لەگەڵ" ("with"), "بە" ("to": "بە
    # فەرمانبەرێکەوە") or "بۆ" ("to"), or "لەگەڵ مرۆڤ" ("with a human"); Arabic-script person words bare are
    # Persian and Pashto ones too, so nothing without that frame. Not "لەگەڵ کام فەرمانبەر …?" nor
    # "فەرمانبەرێکی کام بەش …?" ("with which member of staff", "of which department": an office), nor
    # "پەیوەندی" ("contact": "پەیوەندی بە کێوە بکەم?", whom to contact).
    "ckb": (_persian_keyboard(
                "(?:لەگەڵ|بە|بۆ) (?:یەکێک لە (?:فەرمانبەر|کارمەند)\\w*|(?:فەرمانبەر|کارمەند|مرۆڤ|مروف|کەس|بەرپرس|"
                "ئۆپەراتۆر)ێک(?!ی کام|ی چ )\\w*)|لەگەڵ (?:مرۆڤ|مروف)(?:ەکان|ان)?"),
            _persian_keyboard(
                "قسە\\w*|بدوێم|بدوێین|گفتوگۆ\\w*|بمبەستەوە|بمبەستنەوە|ببەستنەوە|بمگوازەوە|بمگوازنەوە|بمگەیەنە|"
                "بمگەیەننە"),
            _persian_keyboard(
                "مرۆڤێکی ڕاستەقینە|کەسێکی ڕاستەقینە|مرۆڤی ڕاستەقینە|مرۆڤێکی زیندوو|مرۆڤی زیندوو|نەک ڕۆبۆت|"
                "نەک لەگەڵ ڕۆبۆت|نەک بۆت|نەک ئامێر|بمگەیەن\\w* (?:بە )?کەسێک|بمبەست\\w* (?:بە )?کەسێک|"
                "کەسێک هەیە .{0,20}لەگەڵی قسە")),
    # Tigrinya: the person after "ምስ" ("with": "ምስ ሰራሕተኛ ክዛረብ") or "ናብ" ("to": "ናብ ሰራሕተኛ ኣሕልፉኒ"), and
    # talking as the asker's own ("ክዛረብ", "I to speak") or asked for ("ኣራኽቡኒ", "connect me"): not any form of
    # "speak" ("ሰብ ጀርመንኛ ዝዛረብ", someone who speaks German), nor "ክራኸብ" ("get in touch", also "meet":
    # whom to contact), nor "ምስ ኣየናይ ሰራሕተኛ …?" ("with which member of staff": an office, the word not
    # being in the frame) or "ሰራሕተኛ ናይ ኣየናይ ክፍሊ" ("of which department"); not "ሓቀኛ ሰብ" (an honest person).
    "ti": (("(?:ምስ|ናብ) (?:ሓደ |ሓንቲ |ዝኾነ |ሓደ ካብ |ናይ ብሓቂ |ህያው )?(?:ሰብ|ሰባት|ሰራሕተኛ\\w*|ሓላፊ\\w*|ኦፐሬተር|"
            "ወኪል|ሰብኣዊ ፍጡር)(?! ናይ ኣየናይ| ኣየናይ)"),
           ("ክዛረብ|ክንዛረብ|ክትዛረቡ|ክትዛረብ|ምዝራብ|ክዘራረብ|ክንዘራረብ|ኣዛርቡኒ|ኣዛርበኒ|ኣራኽቡኒ|ኣራኽበኒ|ከተራኽቡኒ|ከተራኽበኒ|"
            "ኣተኣሳስሩኒ|ኣሕልፉኒ|ኣሕልፈኒ|ከተሕልፉኒ|ከተሕልፈኒ|ኣመሓላልፉኒ|ኣሰጋግሩኒ|ቻት"),
           ("ናይ ብሓቂ ሰብ|ህያው ሰብ|ምስ ሮቦት ኣይኮነን|ሮቦት ኣይደልን|ምስ ማሽን ኣይኮነን|"
            "^(?:በጃኹም )?(?:ሓደ )?(?:ሰብ|ሰራሕተኛ)(?: በጃኹም| በጃኻ| በጃኺ)?\\W*$")),
    # Somali: talking with someone ("la hadal": "inaan la hadlo qof"), wished for, not done ("waxaan la hadlay
    # shaqaalaha …", I talked to the staff); not speaking a language ("ku hadal": "qof Jarmal ku hadla", someone
    # who speaks German), nor "la xiriir" ("contact": "yaan la xiriiraa?", whom to contact); not "qofka" ("the
    # person": "qofka aan la hadlo waa kuma?" asks for an office), nor a person of which kind or office
    # ("shaqaale kee …?", "shaqaalaha qaybtee …?"); not "qof nool" ("a living person": a life certificate).
    "so": (("(?:qof|shaqaale|shaqaalaha|bini'?\\s?aadam\\w*|bani'?\\s?aadam\\w*|aadane|wakiil|wakiilka|hawlwadeen\\w*|"
            "mas'?uul|mas'?uulka)(?!\\s(?:kee|keebaa|kuwee|kuma|noocee|qaybtee|waaxdee|xafiiskee|qaybta kee|"
            "waaxda kee|xafiiska kee)\\b)"),
           ("(?:la|ula|kula|ila|iila|nala|lala) (?:hadl(?:o|i|aa|a|no)|hadal|hadasho|hadasha|sheekays(?:to|an)|"
            "sheekeys(?:to|an))|"
            "i(?:gu|i) (?:soo )?(?:xir|xidh|gudbi|wareeji)|i (?:xiriiri|gudbi|wareeji)|iga xiriiri"),
           ("qof dhab ah|qof run ah|bini'?\\s?aadam dhab ah|(?:ma aha|aan ahayn|ma rabo|ma doonayo) (?:robot|bot|mashiin)|"
            "^(?:fadlan )?(?:qof|shaqaale|bini'?\\s?aadam|wakiil)(?: fadlan)?\\W*$")),
    # Amharic: the person addressed ("ሰው ማነጋገር", "ከሰራተኛ ጋር መነጋገር", "ወደ ሰራተኛ ያስተላልፉኝ"): not after "which"
    # ("ከየትኛው ሰራተኛ ጋር …?", "የየትኛው ክፍል ሰራተኛ …?": an office), nor one's own staff ("ሰራተኞቼን", my employees:
    # an employer's question); talking to someone ("ማነጋገር", "መነጋገር", "ጋር ማውራት") or being connected ("ያገናኙኝ"),
    # not speaking a language ("አማርኛ የሚናገር ሰራተኛ", "በአማርኛ ማውራት"), nor "መገናኘት" (get in touch, meet: whom to
    # contact), nor a talk that was ("ተነጋግሬ ነበር").
    "am": (("(?<!የትኛው )(?<!የትኛውን )(?<!የትኛዋ )(?<!የቱ )(?<!የቱን )(?<!ክፍል )(?<!ዓይነት )(?<!አይነት )"
            "(?:ከ|ወደ ?|ለ)?(?:አንድ |እውነተኛ |ትክክለኛ |ሕያው |ህያው )?"
            "(?:ሰው|ሰውን|ሰዉ|ሰዎች|ሰዎችን|ሰራተኛ(?:ው|ውን|ን)?|ሠራተኛ(?:ው|ውን|ን)?|ሰራተኞች(?:ን)?|ሠራተኞች(?:ን)?|"
            "ሰራተኞቻችሁ\\w*|ሠራተኞቻችሁ\\w*|ሰራተኞችዎ\\w*|ሰራተኞቹ\\w*|ባለሙያ(?:ው|ውን|ን)?|ኃላፊ(?:ው|ውን|ን)?|"
            "ሃላፊ(?:ው|ውን|ን)?|ሀላፊ(?:ው|ውን|ን)?|ተወካይ(?:ን)?|ኦፕሬተር|የሰው ልጅ)"),
           ("ማነጋገር|ማናገር|ላነጋግር|ላናግር|እንዳነጋግር|እንዳናግር|ላነጋግራቸው|መነጋገር|ልነጋገር|እንድነጋገር|እንድንነጋገር|"
            "ልንነጋገር|መወያየት|ልወያይ|(?:ጋር|ጋ) (?:ማውራት|ላውራ|እንዳወራ|ልናወራ|እንድናወራ)|አገናኙኝ|ያገናኙኝ|አገናኘኝ|"
            "አገናኚኝ|ሊያገናኙኝ|ልታገናኙኝ|ልታገናኘኝ|ታገናኙኛላችሁ|ታገናኘኛለህ|ያገናኘኝ|አስተላልፉኝ|ያስተላልፉኝ|አስተላልፈኝ|"
            "ሊያስተላልፉኝ|ልታስተላልፉኝ|ቻት"),
           ("እውነተኛ ሰው|ሕያው ሰው|ህያው ሰው|ከሮቦት አይደለም|ሮቦት አልፈልግም|ከማሽን አይደለም|ቦት አልፈልግም|"
            "^(?:እባክ\\w* |እባካችሁ )?(?:አንድ )?(?:ሰው|ሰራተኛ|ሠራተኛ)(?: እባክ\\w*| እባካችሁ)?\\W*$")),
}
# The widget's "talk to a person" button sends its label (channels/widget/locales/*.json, "talk_to_person"):
# every label must be read as asking for a person (tests/channels/test_widget_i18n.py).
# Languages written without spaces: their words are matched anywhere, not between word boundaries.
UNSPACED = frozenset({"zh", "ja"})


def _words(language: str, alternatives: str) -> str:
    """Whole words, except in a language written without spaces (UNSPACED)."""
    return f"(?:{alternatives})" if language in UNSPACED else rf"(?<!\w)(?:{alternatives})(?!\w)"


def _compile(language: str, person: str, talk: str, unmistakable: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(_words(language, words), re.IGNORECASE) for words in (person, talk, unmistakable))


_COMPILED = {lang: _compile(lang, *parts) for lang, parts in PATTERNS.items()}


def _any(part: int) -> re.Pattern:
    """One search for any language's words of one kind: the spaced languages' words in one
    word-bounded group (one group, not one per language: 15 instead of 50 µs), the others apart."""
    spaced = "|".join(parts[part] for lang, parts in PATTERNS.items() if lang not in UNSPACED)
    unspaced = [_words(lang, parts[part]) for lang, parts in PATTERNS.items() if lang in UNSPACED]
    return re.compile("|".join([_words("", spaced), *unspaced]), re.IGNORECASE)


# Nearly every message asks for no person: one search for any language's person
# or unmistakable word settles that (asked on every chat turn).
_ANY_PERSON, _ANY_UNMISTAKABLE = _any(0), _any(2)
MAX_WORDS = 25  # a long message is a question about something, not a request for a person


def asks_for_person(message: str, language: str) -> bool:
    """True when the message asks to talk to a member of staff. The
    language's own patterns are tried first, then all others (citizens mix)."""
    text = " ".join(message.lower().split())
    if not text or len(text.split()) > MAX_WORDS:
        return False
    if not (_ANY_PERSON.search(text) or _ANY_UNMISTAKABLE.search(text)):
        return False
    order = [language] + [lang for lang in _COMPILED if lang != language] if language in _COMPILED else list(_COMPILED)
    for lang in order:
        person, talk, unmistakable = _COMPILED[lang]
        if unmistakable.search(text) or (person.search(text) and talk.search(text)):
            return True
    return False
