"""Words that make a question more likely to be none of the town's business
(answer/scope_signs.py): a company's name, or a request for the bot's view on
a choice. Plain data, matched as answer/wordlists.py says; a municipal
developer can extend it.

Left out on purpose:
- in COMPANIES, the town's own companies and public bodies (Stadtwerke, the
  transport company, the job centre, health and pension insurers, Deutsche
  Rentenversicherung), whose services a town's pages do describe; brands that
  are everyday words of a language rathaus speaks ("Tier", German for animal;
  "Otto", a first name; "Saturn", a planet; "Apple", "Sky", "Bolt", "Lime",
  "Wise", "Miles", "DM"), and those kept only in word groups: "Uber" (German
  "über" without its umlaut: "über 30 Jahre"), "Kia" and "TUI" (Vietnamese
  "kia", "tui"), "Seat" (English), "Avis" (French "avis"), "UPS" (German
  "ups"), "Allegro" (Italian), "Temu" (Polish "rok temu", a year ago),
  "Generali" (Italian "generali"), "Škoda" (Czech, a pity); driving schools and vehicle inspection (TÜV, DEKRA,
  ADAC), which the driving-licence and registration pages name;
- in COMPANIES, among the brands of citizens' home countries too: names that
  are words somewhere once accents are gone ("Ziraat", Turkish agriculture;
  "Garanti"; "Avea", Romanian "had"; "Alsa", Turkish "if he takes"; "Tapsi",
  Hungarian; "Ayyıldız", the Turkish flag; "Carrefour", French crossroads;
  "Żabka", "Biedronka", "Mavi", "Getir", "Flink", "Netto", "Penny", "Norma",
  "Poco", "Zaba", "Lasta", "Vala", "Meest", Dutch "most"; "Мегафон", a
  megaphone at a demonstration; "Победа", "Озон", "Roshan", "Divar", "Zain",
  "Jawwal", "Mobily", "Free", "Orange", "Play", "TIM", "Audible"), which are
  kept only in word groups ("orange polska", "sieć play", "ziraat bankası",
  "a1 hrvatska") or not at all; bare abbreviations that are common elsewhere
  (DB, PTT, MTS in Latin script, BRD, OTP, SFr); a state's post (Deutsche
  Post, PTT, Poste Italiane, Correos, La Poste), which pages name as a place
  to pay or collect; messaging and social apps (WhatsApp, Telegram, WeChat,
  Zalo, TikTok, Douyin) and maps (Google, Yandex Maps), through which citizens
  ask the town too; phone makers (iPhone, Huawei), which the online-ID pages
  name; health insurers of any country;
- in ADVICE, nothing is too common: a word here only lowers the bar of the
  scope model, it never declines a question on its own ("Lohnt sich der
  Reisepass mit 48 Seiten?" stays answered, its evidence is strong).
"""

# Companies citizens in Germany deal with, written as they are typed (any
# language: the names are the same; a few common transliterations).
COMPANIES = {
    "brands": (
        "telekom|vodafone|vodafone*|o2|telefonica|1&1|congstar|aldi talk|freenet|mobilcom|otelo|klarmobil|lebara|"
        "lycamobile|unitymedia|kabel deutschland|netcologne|m-net|"
        "n26|ing-diba|dkb|comdirect|commerzbank|deutsche bank|postbank|sparkasse|volksbank|raiffeisenbank|"
        "hypovereinsbank|targobank|santander|consorsbank|revolut|paypal|klarna|western union|moneygram|schufa|"
        "allianz|axa|ergo versicherung|huk|huk-coburg|generali versicherung|generali assicurazioni|debeka|"
        "signal iduna|cosmosdirekt|check24|verivox|"
        "amazon|ebay|zalando|temu.com|temu app|bei temu|from temu|on temu|sur temu|shein|aliexpress|allegro.pl|"
        "na allegro|z allegro|mediamarkt|media markt|ikea|lidl|"
        "aldi|rewe|edeka|"
        "kaufland|rossmann|h&m|primark|decathlon|hornbach|samsung|xiaomi|netflix|spotify|dazn|"
        "dhl|hermes paket|dpd|gls|ups paket*|ups sendung*|ups package*|ups delivery|fedex|"
        "lufthansa|eurowings|ryanair|easyjet|condor|turkish airlines|pegasus|sunexpress|wizz air|wizzair|"
        "british airways|air france|klm|emirates|qatar airways|flixbus|flixtrain|blablacar|uber eats|uber fahrer*|"
        "uber driver*|for uber|with uber|pe uber|za uber|sur uber|con uber|per uber|kieu uber|free now|freenow|"
        "sixt|europcar|hertz|avis autovermietung|avis car rental|avis rent|share now|"
        "e.on|eon|vattenfall|enbw|rwe|lichtblick|tibber|"
        "mcfit|basic-fit|fitx|clever fit|urban sports|"
        "bmw|mercedes|audi|volkswagen|vw|tesla|seat ibiza|seat leon|skoda auto|skoda octavia|škoda octavia|toyota|"
        "opel|hyundai|kia motors|kia picanto|"
        "kia sportage|fiat|renault|peugeot|"
        "booking.com|airbnb|expedia|tui reise*|tui flug*|tui fly|tuifly|lieferando|wolt|mcdonald's|burger king|"
        "starbucks|"
        "immobilienscout|immoscout|immowelt|wg-gesucht|kleinanzeigen|vonovia|"
        "водафон|телеком|амазон|вайлдберриз|亚马逊|安联|沃达丰|德国电信|汉莎|"
        "امازون|أمازون|فودافون|تيليكوم|آمازون|ودافون"
    ),
    # Germany: more of the kinds above
    "brands_germany": (
        # Deutsche Bahn, travel
        "deutsche* bahn|db navigator|bahncard*|omio|holidaycheck|discover airlines|"
        # mobile, internet, TV
        "simyo|fonic|ortel mobile|winsim|yourfone|fraenk|lidl connect|pyur|deutsche glasfaser|magenta tv|magentatv|"
        "waipu|zattoo|"
        # banks, cards, payment
        "norisbank|sparda-bank|spardabank|c24 bank|bunq|trade republic|barclays|ing bank|ing konto|mastercard|"
        "american express|paysafecard|payback karte|payback punkte|"
        # insurers (no health insurer)
        "hdi versicherung|r+v versicherung|devk|arag|getsafe|wefox|"
        # shops, tickets
        "penny markt|tchibo|deichmann|galeria kaufhof|tk maxx|vinted|otto versand|obi baumarkt|idealo|autoscout24|"
        "eventim|"
        # streaming, energy
        "disney plus|prime video|youtube premium|deezer|eprimo|yello strom"
    ),
    # the home countries of citizens: operators, banks, money transfer, airlines, buses, shops, parcels
    "brands_abroad": (
        # Turkey
        "turkcell*|türk telekom|turktelekom*|turknet|digiturk|ziraat bankas*|ziraat bank|garanti bbva|"
        "garanti bankas*|iş bankas*|isbank*|akbank*|yapı kredi|yapi kredi|halkbank*|vakıfbank*|vakifbank*|"
        "denizbank*|finansbank|enpara|kuveyt türk|papara|ininal|paycell|trendyol*|hepsiburada*|sahibinden.com|"
        "aras kargo*|yurtiçi kargo*|mng kargo*|sürat kargo*|türk hava yolları*|turk hava yollari*|anadolujet|"
        "corendon|kamil koç|metro turizm|"
        # Syria and Arabic-speaking countries, Iraq and Kurdistan
        "syriatel|mtn syria|etisalat|ooredoo|asiacell|asia cell|korek telecom|zain iraq|zain cash|newroz telecom|"
        "qi card|rafidain bank|syrian air|cham wings|royal jordanian|egyptair|saudia|flydubai|fly dubai|etihad|"
        "middle east airlines|iraqi airways|سيريتل|ام تي ان|آسيا سيل|آسياسيل|كورك تيليكوم|زين كاش|كي كارد|"
        "مصرف الرافدين|السورية للطيران|أجنحة الشام|مصر للطيران|طيران الإمارات|فلاي دبي|الخطوط الجوية التركية|"
        "الخطوط الجوية العراقية|ويسترن يونيون|موني غرام|موني جرام|باي بال|نتفليكس|لوفتهانزا|"
        # Iran, Afghanistan
        "irancell|rightel|hamrah-e aval|hamrahe aval|bank melli|bank mellat|bank saderat|digikala|snapp|iran air|"
        "mahan air|mtn afghanistan|afghan wireless|awcc|azizi bank|kabul bank|ariana afghan|kam air|ایرانسل|"
        "همراه اول|رایتل|بانک ملی|بانک ملت|بانک صادرات|دیجی کالا|دیجیکالا|اسنپ|ایران ایر|هواپیمایی ماهان|"
        "افغان بیسیم|عزیزی بانک|کابل بانک|آریانا افغان|کام ایر|"
        # Russia, Ukraine
        "мтс|билайн*|сбербанк*|sberbank|сбер|тинькофф*|tinkoff|альфа-банк*|alfa-bank|втб|vtb|яндекс такси|"
        "yandex taxi|яндекс го|yandex go|wildberries|сдэк|cdek|аэрофлот*|aeroflot|юнистрим*|unistream|"
        "золотая корона|zolotaya korona|korona pay|київстар*|киевстар*|kyivstar|lifecell|лайфселл|приватбанк*|"
        "privatbank|приват24|privat24|монобанк*|monobank|ощадбанк*|oschadbank|нова пошта|нову пошту|новій пошті|"
        "нової пошти|новою поштою|nova poshta|novaposhta|meest express|укрзалізниц*|ukrzaliznytsia|"
        # Poland
        "orange polska|sieć play|play abonament|t-mobile|cyfrowy polsat|pko bp|pko bank|ipko|mbank|mbanku|pekao|"
        "bank millennium|alior|kod blik|przelewy24|payu|olx|pepco|inpost*|paczkoma*|lot polish airlines|"
        "polskie linie lotnicze|pkp intercity|"
        # Romania, Bulgaria
        "orange românia|digi mobil|rcs rds|banca transilvania|cec bank|raiffeisen bank|emag|fan courier|tarom|"
        "vivacom|виваком|yettel|йеттел|a1 bulgaria|a1 българия|а1 българия|dsk bank|банка дск|unicredit|econt|"
        "еконт|bulgaria air|българия ер|"
        # Croatia, Serbia, Bosnia, Albania, Kosovo
        "a1 telekom|a1 vertrag|a1 hrvatska|a1 srbija|mts srbija|telemach|bh telecom|mtel|eronet|zagrebačka banka|"
        "privredna banka|addiko|banca intesa|intesa sanpaolo|nlb banka|otp banka|otp bank|procredit|njuškalo|"
        "kupujemprodajem|croatia airlines|air serbia|one albania|banka kombëtare tregtare|air albania|"
        # Greece
        "cosmote|eurobank|piraeus bank|τράπεζα πειραιώς|alpha bank|εθνική τράπεζα|skroutz|aegean airlines|"
        "minoan lines|anek lines|"
        # Italy
        "telecom italia|windtre|wind tre|iliad italia|iliad mobile|fastweb|ho mobile|postepay|satispay|"
        "banca mediolanum|ita airways|alitalia|trenitalia|italotreno|"
        # Spain
        "movistar|yoigo|masmovil|bbva|caixabank|banco sabadell|openbank|bizum|iberia express|air europa|vueling|"
        "renfe|el corte inglés|wallapop|"
        # France
        "orange france|orange telecom|sfr box|sfr mobile|bouygues|bnp paribas|crédit agricole|société générale|"
        "crédit mutuel|sncf|ouigo|transavia|cdiscount|fnac|leboncoin|chronopost|mondial relay|"
        # Eritrea, Ethiopia, Somalia
        "ethio telecom|ኢትዮ ቴሌኮም|safaricom|telebirr|ቴሌብር|m-pesa|mpesa|commercial bank of ethiopia|"
        "ኢትዮጵያ ንግድ ባንክ|የኢትዮጵያ ንግድ ባንክ|awash bank|dashen bank|ethiopian airlines|"
        "ኢትዮጵያ አየር መንገድ|የኢትዮጵያ አየር መንገድ|hormuud|evc plus|somtel|dahabshiil|amal express|"
        # Vietnam
        "viettel|vinaphone|mobifone|vietcombank|techcombank|bidv|agribank|vietinbank|mb bank|sacombank|ví momo|"
        "zalopay|vietnam airlines|vietjet|bamboo airways|shopee|"
        # China
        "china mobile|china unicom|china telecom|alipay|wechat pay|unionpay|taobao|pinduoduo|bank of china|icbc|"
        "air china|china eastern|china southern|"
        "中国移动|中国联通|中国电信|支付宝|微信支付|淘宝|拼多多|携程|顺丰|银联|"
        "中国银行|工商银行|建设银行|农业银行|招商银行|中国国航|东方航空|南方航空|"
        # buses and money transfer across borders
        "eurolines|ecolines|atlassib|union ivkoni|юнион ивкони|infobus|busfor|ria money transfer|ria geldtransfer|"
        "ria transfer|worldremit|remitly|taptap send|sendwave|transferwise|paysend|lemfi"
    ),
}

# Asking the bot's view on a choice or whether something is worth it. Only
# with the scope model's doubt (scope_signs.py) do these decline a question.
ADVICE = {
    "de": "was denkst du|was meinst du|was meinen sie|was halten sie|was hältst du|deiner meinung|ihrer meinung|"
          "meinung nach|lohnt sich|lohnt es sich|würdest du|würden sie an meiner|was rätst du|wie denkt ihr|"
          "was denkt ihr|an meiner stelle|soll ich lieber|sollte ich lieber|oder doch|oder lieber",
    "en": "what do you think|in your opinion|is it worth|worth it|would you|if you were me|what do you recommend|"
          "what would you recommend|do you think|better to|should i rather",
    "tr": "sizce|sence|mantıklı|değer mi|ne dersin|ne dersiniz|ne önerirsin|ne önerirsiniz|sen olsan|siz olsanız|yoksa",
    "ru": "как думаете|как вы думаете|как ты думаешь|по-вашему|по твоему|стоит ли|что посоветуете|что посоветуешь|"
          "на вашем месте|на твоем месте|на твоём месте|лучше ли|или лучше|что лучше",
    "uk": "як ви думаєте|як думаєте|як ти думаєш|чи варто|що порадите|порадьте|на вашому місці|що краще|чи краще|"
          "або краще",
    "ar": "برأيك|ما رأيك|هل تنصحني|بماذا تنصحني|هل يستحق|هل أوافق|أيهما أفضل|في رأيك|لو كنت مكاني",
    "fa": "به نظرت|به نظر شما|نظرت چیه|نظر شما چیست|ارزش دارد|ارزشش را دارد|میارزه|می ارزه|جای من بودی|"
          "توصیه می کنی|کدوم بهتره|کدام بهتر",
    "pl": "co myślisz|co sądzisz|jak myślisz|twoim zdaniem|pana zdaniem|czy warto|co byś wybrał|co byś wybrała|"
          "co byś zrobił|co byś zrobiła|na twoim miejscu|lepiej",
    "ro": "ce crezi|ce părere|merită|ce mi-ai recomanda|ce ați face|ce ai face|în locul meu|e mai bine|mai bine",
    "fr": "qu'en penses-tu|qu'en pensez-vous|à ton avis|à votre avis|selon vous|selon toi|ça vaut le coup|"
          "vaut-il mieux|vaut mieux|tu ferais quoi|vous feriez quoi|à ma place|me conseillez-vous|me conseilles-tu",
    "es": "qué opinas|qué opina|qué piensas|en tu opinión|vale la pena|me conviene|qué harías|qué me recomiendas|"
          "en mi lugar|es mejor|debería",
    "it": "secondo te|secondo lei|cosa ne pensi|che ne pensi|vale la pena|conviene|cosa faresti|al mio posto|"
          "mi consigli|è meglio",
    "el": "τι λες|τι πιστεύεις|τι πιστεύετε|κατά τη γνώμη σου|αξίζει|τι θα έκανες|στη θέση μου|τι προτείνεις|"
          "είναι καλύτερα",
    "sq": "si mendon|çfarë mendon|a ia vlen|ia vlen|ti çfarë do bëje|në vendin tim|më mirë",
    "hr": "šta misliš|što misliš|šta mislite|što mislite|da li se isplati|isplati li se|isplati se|na mom mjestu|"
          "na mom mestu|šta bi ti|što bi ti|bolje",
    "sr": "шта мислиш|шта мислите|да ли се исплати|исплати ли се|на мом месту|шта би ти|боље",
    "bg": "какво мислиш|как мислиш|според теб|според вас|струва ли си|на мое място|по-добре",
    "vi": "bạn nghĩ sao|anh chị thấy sao|thấy sao|có nên|nên hay không|có đáng|theo bạn|cái nào tốt hơn|nếu là bạn",
    "zh": "你觉得|您觉得|你认为|值得吗|值不值得|还是继续|我该|如果是你",
    "ps": "ته څه فکر کوې|ستاسو په نظر|ستا په نظر|څه وایې|ارزي|باید ومنم",
    "ku": "tu çi difikirî|li gorî te|hêja ye|li şûna min|çêtir e",
    "ckb": "بەڕای تۆ|پێت وایە|چی دەڵێیت|شایەنی|لە جێی من",
    "so": "ma u malaynaysaa|maxaad igula talin|maxaad ku talinaysaa|fikrad wanaagsan|adiga oo kale",
    "ti": "እንታይ ትመኽረኒ|እንታይ ትብል|ትመኽረኒ|ይሓይሽ|ኣብ ክንዲኡ",
    "am": "ምን ይመስልሃል|ምን ይመስልሻል|ምን ይመስልዎታል|ምን ይመስላችኋል|ምን ታስባለህ|ምን ታስቢያለሽ|ምን ያስባሉ|ምን ትላለህ|"
          "ምን ትያለሽ|ምን ትመክረኛለህ|ምን ትመክሪኛለሽ|ምን ይመክሩኛል|ምን ትመክሩኛላችሁ|ትመክረኛለህ|ትመክሪኛለሽ|ይመክሩኛል|"
          "በአንተ አስተያየት|በአንቺ አስተያየት|በእርስዎ አስተያየት|በእኔ ቦታ|በኔ ቦታ|ይሻላል|ይሻለኛል|ያዋጣል|ያዋጣኛል",
}
