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
  "Wise", "Miles", "DM"); driving schools and vehicle inspection (TÜV, DEKRA,
  ADAC), which the driving-licence and registration pages name;
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
        "allianz|axa|ergo versicherung|huk|huk-coburg|generali|debeka|signal iduna|cosmosdirekt|check24|verivox|"
        "amazon|ebay|zalando|temu|shein|aliexpress|allegro|mediamarkt|media markt|ikea|lidl|aldi|rewe|edeka|"
        "kaufland|rossmann|h&m|primark|decathlon|hornbach|samsung|xiaomi|netflix|spotify|dazn|"
        "dhl|hermes paket|dpd|gls|ups|fedex|"
        "lufthansa|eurowings|ryanair|easyjet|condor|turkish airlines|pegasus|sunexpress|wizz air|wizzair|"
        "british airways|air france|klm|emirates|qatar airways|flixbus|flixtrain|blablacar|uber|free now|freenow|"
        "sixt|europcar|hertz|avis|share now|"
        "e.on|eon|vattenfall|enbw|rwe|lichtblick|tibber|"
        "mcfit|basic-fit|fitx|clever fit|urban sports|"
        "bmw|mercedes|audi|volkswagen|vw|tesla|seat|skoda|toyota|opel|hyundai|kia|fiat|renault|peugeot|"
        "booking.com|airbnb|expedia|tui|lieferando|wolt|mcdonald's|burger king|starbucks|"
        "immobilienscout|immoscout|immowelt|wg-gesucht|kleinanzeigen|vonovia|"
        "водафон|телеком|амазон|вайлдберриз|亚马逊|安联|沃达丰|德国电信|汉莎|"
        "امازون|أمازون|فودافون|تيليكوم|آمازون|ودافون"
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
