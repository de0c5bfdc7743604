"""What citizens write that is small talk, per intent and language: the
phrases a whole message may be made of, the requests declined, and the
words that join phrases. Plain data (rathaus.answer.smalltalk reads it);
a municipal developer can extend it."""

# intent -> language -> phrases ("|"-separated, lower case, no punctuation)
PHRASES = {
    "greeting": {
        "de": "hallo|hallo zusammen|hallöchen|hi|hey|guten tag|guten morgen|guten abend|moin|moin moin|servus|"
              "grüß gott|grüss gott|grüß dich|grüezi",
        "en": "hello|hello there|hi|hi there|hey|hey there|good morning|good afternoon|good evening",
        "uk": "привіт|вітаю|добрий день|доброго дня|добрий ранок|доброго ранку|добрий вечір",
        "ru": "привет|здравствуйте|здравствуй|добрый день|доброе утро|добрый вечер",
        "ar": "مرحبا|اهلا|أهلا|اهلا وسهلا|أهلا وسهلا|السلام عليكم|صباح الخير|مساء الخير|سلام",
        "tr": "merhaba|merhabalar|selam|selamlar|günaydın|iyi günler|iyi akşamlar",
        "fa": "سلام|درود|سلام علیکم|روز بخیر|صبح بخیر",
        "pl": "cześć|dzień dobry|witam|witaj|dobry wieczór|hej",
        "ro": "bună|buna|bună ziua|buna ziua|salut|bună dimineața|bună seara",
        "fr": "bonjour|salut|bonsoir|coucou",
        "es": "hola|buenos días|buenos dias|buenas tardes|buenas noches|buenas",
        "it": "ciao|buongiorno|salve|buonasera",
        "hr": "zdravo|pozdrav|pozdrav svima|bok|dobar dan|dobro jutro|dobra večer|dobro veče|hej|ćao",
        "el": "γεια|γεια σας|γεια σου|χαίρετε|καλημέρα|καλημέρα σας|καλησπέρα|καλησπέρα σας",
        "bg": "здравейте|здравей|здрасти|добър ден|добро утро|добър вечер|привет",
        "cs": "dobrý den|dobré ráno|dobrý večer|zdravím|zdravím vás|ahoj|čau",
        "nl": "hallo|hoi|hey|goedemorgen|goedemiddag|goedenavond|goedendag|dag|hallo allemaal",
        "hu": "jó napot|jó napot kívánok|jó reggelt|jó reggelt kívánok|jó estét|szia|sziasztok|szervusz|helló|hello|"
              "üdvözlöm",
        "zh": "你好|您好|你们好|大家好|早上好|上午好|下午好|晚上好|嗨|哈喽|你好啊|您好啊",
        "pt": "olá|oi|olá a todos|oi pessoal|bom dia|boa tarde|boa noite|saudações",
        "sq": "përshëndetje|tungjatjeta|mirëdita|mirë dita|mirëmëngjes|mirëmbrëma|tung|ç kemi|përshëndetje juve",
        # Vietnamese: typed with and without diacritics; "đ" is also typed "d".
        "vi": "xin chào|chào|chào bạn|chào anh|chào chị|chào quý vị|xin chào quý vị|chào buổi sáng|chào buổi chiều|"
              "chào buổi tối|alo",
        "ku": "silav|slav|silav li we|rojbaş|roj baş|merheba|sibeh baş|sibehbaş|êvar baş|êvarbaş|spêde baş",
        # Pashto: "ی" and "ي" are both typed; "ئ" is compared as "ي" (its hamza is a mark).
        "ps": "سلام|سلامونه|السلام علیکم|السلام عليكم|سلام علیکم|ستړي مه شئ|ستړي مه شې|ستړی مه شې|ستړي مشئ|"
              "ستړي مه شی|سهار مو پخیر|سهار مو په خیر|ورځ مو پخیر|ماښام مو پخیر|ماښام مو په خیر|ښه راغلاست",
        # Sorani: compared letter by letter, so also as typed on a Persian keyboard, which lacks ە ێ ۆ ڵ ڕ
        # (ه ی و ل ر in their place: "سلاو", "روژ باش"); "سلام" as in Arabic, Persian and Pashto.
        "ckb": "سڵاو|سڵاو لە ئێوە|سڵاوتان لێ بێت|سلام|سەلام|السلام علیکم|بەیانی باش|بەیانیتان باش|ڕۆژ باش|"
               "ڕۆژتان باش|ئێوارە باش|ئێوارەتان باش|سلاو|بهیانی باش|بهیانیتان باش|روژ باش|روژتان باش|"
               "ئیواره باش|ئیوارهتان باش",
        # Tigrinya: "ከመይ ሓዲርኩም", "ከመይ ውዒልኩም" are "good morning", "good afternoon" (how did you spend the
        # night, the day); "ከመይ ኣለኹም" ("how are you") is how_are_you.
        "ti": "ሰላም|ሰላም ንዓኹም|ሰላም ንኹልኹም|ሰላማት|ሰላም ሰላም|ሃለው|ከመይ ሓዲርኩም|ከመይ ሓዲርካ|ከመይ ሓዲርኪ|ከመይ ውዒልኩም|"
              "ከመይ ውዒልካ|ከመይ ውዒልኪ|ከመይ ኣምሲኹም|ከመይ ኣምሲኻ|ከመይ ኣምሲኺ",
        # Somali: "asc" is how many write "assalaamu calaykum"; not "salaam" alone, as Persian, Arabic and
        # Pashto speakers type it in Latin letters too.
        "so": "asc|salaan|salaamu calaykum|assalaamu calaykum|asalaamu calaykum|assalamu calaykum|asalamu calaykum|"
              "salaamu caleykum|assalaamu caleykum|nabad|subax wanaagsan|subaxa wanaagsan|galab wanaagsan|"
              "galabta wanaagsan|fiid wanaagsan",
        # Amharic: "ጤና ይስጥልኝ" is the polite "hello"; "እንደምን አደሩ", "እንደምን ዋሉ", "እንደምን አመሹ" are "good
        # morning", "good afternoon", "good evening" (how did you spend the night, the day); "ሰላም ነህ", "እንደምን
        # ነዎት" ("are you well?") are how_are_you.
        "am": "ሰላም|ሰላም ሰላም|ሰላም ለእናንተ|ሰላም ለእርስዎ|ጤና ይስጥልኝ|ጤና ይስጥልን|ጤናይስጥልኝ|ሃሎ|ሀሎ|እንደምን አደሩ|"
              "እንደምን አደራችሁ|እንደምን አደርክ|እንደምን አደርሽ|እንደምን ዋሉ|እንደምን ዋላችሁ|እንደምን ዋልክ|እንደምን ዋልሽ|"
              "እንደምን አመሹ|እንደምን አመሻችሁ|እንደምን አመሸህ|እንደምን አመሸሽ",
    },
    # An opener with no question yet ("Hallo, ich habe eine Frage"): answered like a greeting.
    "opener": {
        "de": "ich habe eine frage|ich hätte eine frage|ich hab eine frage|eine frage|kurze frage|"
              "ich brauche hilfe|können sie mir helfen|kannst du mir helfen",
        "en": "i have a question|quick question|a question|i need help|can you help me",
        "uk": "у мене питання|у мене є питання|маю питання|допоможіть",
        "ru": "у меня вопрос|у меня есть вопрос|есть вопрос|помогите",
        "ar": "لدي سؤال|عندي سؤال|ساعدني",
        "tr": "bir sorum var|sorum var|yardım edin|yardım eder misiniz",
        "fa": "یک سوال دارم|سوال دارم|کمکم کنید",
        "pl": "mam pytanie|pomóż mi|pomocy",
        "ro": "am o întrebare|ajutați mă",
        "fr": "j ai une question|une question|aidez moi",
        "es": "tengo una pregunta|una pregunta|ayúdame",
        "it": "ho una domanda|una domanda|aiutami",
        "hr": "imam pitanje|imam jedno pitanje|jedno pitanje|kratko pitanje|trebam pomoć|treba mi pomoć|"
              "možete li mi pomoći|pomozite mi",
        "el": "έχω μια ερώτηση|έχω μία ερώτηση|μια ερώτηση|μία ερώτηση|χρειάζομαι βοήθεια|"
              "μπορείτε να με βοηθήσετε|βοηθήστε με",
        "bg": "имам въпрос|имам един въпрос|един въпрос|кратък въпрос|нуждая се от помощ|трябва ми помощ|"
              "можете ли да ми помогнете|помогнете ми",
        "cs": "mám otázku|mám dotaz|mám jednu otázku|jeden dotaz|krátký dotaz|potřebuji pomoc|potřebuju pomoc|"
              "můžete mi pomoct|můžete mi pomoci|pomozte mi",
        "nl": "ik heb een vraag|ik heb een vraagje|een vraag|een vraagje|korte vraag|ik heb hulp nodig|"
              "kunt u mij helpen|kunt u me helpen|help mij",
        "hu": "kérdésem van|egy kérdésem van|van egy kérdésem|egy kérdés|segítségre van szükségem|tudna segíteni|"
              "tud segíteni|segítsen",
        "zh": "我有一个问题|我有个问题|我有问题|有个问题|我想问一下|想问一下|我需要帮助|能帮我吗|您能帮我吗|请帮帮我|请帮我",
        "pt": "tenho uma pergunta|tenho uma dúvida|uma pergunta|uma dúvida|preciso de ajuda|pode me ajudar|"
              "pode ajudar me|podem me ajudar|você pode me ajudar|ajude me|me ajude",
        "sq": "kam një pyetje|një pyetje|kam nevojë për ndihmë|më duhet ndihmë|a mund të më ndihmoni|më ndihmoni",
        "vi": "tôi có một câu hỏi|tôi có câu hỏi|cho tôi hỏi|tôi muốn hỏi|xin hỏi|cho hỏi|tôi cần giúp đỡ|"
              "tôi cần giup do|tôi cần hỗ trợ|bạn có thể giúp tôi không|giúp tôi với|làm ơn giúp tôi",
        "ku": "pirsek min heye|min pirsek heye|pirsek|alîkarî lazim e|ez alîkariyê dixwazim|"
              "hûn dikarin alîkariya min bikin|alîkariya min bikin",
        "ps": "یوه پوښتنه لرم|زه یوه پوښتنه لرم|یوه پوښتنه مې درلوده|یوه پوښتنه|پوښتنه لرم|مرستې ته اړتیا لرم|"
              "زه مرستې ته اړتیا لرم|مرسته غواړم|زه مرسته غواړم|مرسته وکړئ|راسره مرسته وکړئ|له ما سره مرسته وکړئ|"
              "ایا راسره مرسته کولی شئ|راسره مرسته کولی شئ",
        "ckb": "پرسیارێکم هەیە|من پرسیارێکم هەیە|پرسیارێکم هەبوو|پرسیارێک|پرسیارم هەیە|یارمەتیم پێویستە|"
               "پێویستم بە یارمەتییە|پێویستم بە یارمەتی هەیە|یارمەتیم دەوێت|یارمەتیم بدەن|تکایە یارمەتیم بدەن|"
               "دەتوانن یارمەتیم بدەن|دەتوانیت یارمەتیم بدەیت|یارمەتیم بدە",
        "ti": "ሕቶ ኣለኒ|ሓደ ሕቶ ኣለኒ|ሓንቲ ሕቶ ኣለትኒ|ሓንቲ ሕቶ ኣላትኒ|ሓንቲ ሕቶ ኣለኒ|ሕቶ ነይሩኒ|ሓንቲ ሕቶ|ሓደ ሕቶ|ሓገዝ የድልየኒ|"
              "ሓገዝ የድልየኒ ኣሎ|ሓገዝ እደሊ|ሓገዝ እደሊ ኣለኹ|ሓግዙኒ|በጃኹም ሓግዙኒ|ሓግዘኒ|በጃኻ ሓግዘኒ|ክትሕግዙኒ ትኽእሉ ዶ|"
              "ክትሕግዙኒ ትኽእሉ ዶ ኢኹም|ክትሕግዘኒ ትኽእል ዶ|ክትሕግዘኒ ትኽእል ዲኻ",
        # Somali, "su'aal" also typed "suaal".
        "so": "su'aal baan qabaa|su'aal ayaan qabaa|su'aal ayaan qabay|waxaan qabaa su'aal|su'aal|suaal baan qabaa|"
              "suaal ayaan qabaa|caawimaad ayaan u baahanahay|caawimo ayaan u baahanahay|"
              "waxaan u baahanahay caawimaad|waxaan u baahanahay caawimo|i caawi|fadlan i caawi|i caawiya|"
              "fadlan i caawiya|ma i caawin kartaa|ma i caawin kartaan",
        # Amharic: "እፈልጋለሁ" (I want) is also typed "እፈልጋለው".
        "am": "ጥያቄ አለኝ|አንድ ጥያቄ አለኝ|ጥያቄ ነበረኝ|አንድ ጥያቄ ነበረኝ|አንድ ጥያቄ|እርዳታ እፈልጋለሁ|እርዳታ እፈልጋለው|"
              "እርዳታ ያስፈልገኛል|እርዱኝ|እባካችሁ እርዱኝ|ይርዱኝ|እባክዎ ይርዱኝ|እርዳኝ|እባክህ እርዳኝ|ሊረዱኝ ይችላሉ|"
              "ልትረዱኝ ትችላላችሁ|ልትረዳኝ ትችላለህ",
    },
    "thanks": {
        "de": "danke|danke schön|dankeschön|danke sehr|vielen dank|herzlichen dank|vielen herzlichen dank|"
              "besten dank|danke vielmals|tausend dank",
        "en": "thanks|thank you|thank you very much|thank you so much|thanks a lot|many thanks|thx",
        "uk": "дякую|дуже дякую|щиро дякую|спасибі",
        "ru": "спасибо|большое спасибо|благодарю",
        "ar": "شكرا|شكرا جزيلا|شكرا لك",
        "tr": "teşekkürler|teşekkür ederim|çok teşekkürler|çok teşekkür ederim|sağ ol|sağol|sağ olun",
        "fa": "ممنون|ممنونم|مرسی|متشکرم|سپاس|خیلی ممنون|خیلی ممنونم",
        "pl": "dziękuję|dzięki|dziękuję bardzo|bardzo dziękuję",
        "ro": "mulțumesc|multumesc|mersi|mulțumesc frumos|vă mulțumesc",
        "fr": "merci|merci beaucoup|merci bien",
        "es": "gracias|muchas gracias|mil gracias",
        "it": "grazie|grazie mille|molte grazie",
        "hr": "hvala|hvala vam|hvala ti|hvala lijepa|hvala lepo|hvala puno|puno hvala|hvala vam puno|"
              "velika hvala|zahvaljujem",
        "el": "ευχαριστώ|ευχαριστώ πολύ|σας ευχαριστώ|σας ευχαριστώ πολύ|σ ευχαριστώ|ευχαριστώ πάρα πολύ|"
              "ευχαριστούμε|ευχαριστούμε πολύ",
        "bg": "благодаря|благодаря ви|благодаря много|много благодаря|благодаря ви много|мерси|сърдечно благодаря",
        "cs": "děkuji|děkuju|díky|dík|děkuji vám|děkuji moc|moc děkuji|děkuju moc|moc díky|mockrát děkuji|"
              "děkuji mnohokrát",
        "nl": "dank je|dank u|dank je wel|dank u wel|dankjewel|dankuwel|bedankt|hartelijk dank|hartelijk bedankt|"
              "heel erg bedankt|veel dank|merci",
        "hu": "köszönöm|köszönöm szépen|köszönöm a segítséget|köszi|köszönjük|nagyon köszönöm|kösz",
        "zh": "谢谢|谢谢你|谢谢您|多谢|感谢|非常感谢|十分感谢|太感谢了|谢谢您的帮助|谢谢你的帮助|谢了",
        "pt": "obrigado|obrigada|muito obrigado|muito obrigada|obrigadão|valeu|agradeço|muito grato|muito grata|"
              "obrigado pela ajuda|obrigada pela ajuda",
        "sq": "faleminderit|ju faleminderit|shumë faleminderit|faleminderit shumë|falemnderit|flm|rrofsh|rrofshi",
        "vi": "cảm ơn|cám ơn|xin cảm ơn|cảm ơn bạn|cảm ơn quý vị|cảm ơn anh|cảm ơn chị|cảm ơn nhiều|cám ơn nhiều|"
              "cảm ơn rất nhiều|cảm ơn bạn nhiều",
        "ku": "spas|sipas|gelek spas|zor spas|spas dikim|ez spas dikim|gelek sipas|zor sipas|sax bî|sax bin|"
              "destê we sax be|spas ji bo alîkariyê",
        "ps": "مننه|ډېره مننه|ډیره مننه|ډيره مننه|ډېره ډېره مننه|له تاسو مننه|ستاسو مننه|ستاسو له مرستې مننه|"
              "له مرستې مو مننه|مننه کوم|تشکر|ډېر تشکر|ډیر تشکر|مهرباني|ډېره مهرباني|ډیره مهرباني|ستاسو مهرباني",
        # Sorani, also as typed on a Persian keyboard ("زور سوپاس"); "سپاس" as in Persian.
        "ckb": "سوپاس|زۆر سوپاس|زۆر زۆر سوپاس|سوپاستان دەکەم|سوپاس بۆ یارمەتییەکەتان|زۆر سوپاس بۆ یارمەتییەکەتان|"
               "سوپاس بۆ یارمەتی|سپاس|دەستتان خۆش بێت|دەستت خۆش بێت|دەستخۆش|دەست خۆش|مەمنوون|زۆر مەمنوون|"
               "ماندوو نەبن|ماندوو نەبیت|زور سوپاس|زور زور سوپاس|سوپاستان دهکهم|سوپاس بو یارمهتی|دهستخوش|"
               "دهست خوش|دهستتان خوش بیت|مهمنوون|زور مهمنوون|ماندوو نهبن|ماندوو نهبیت",
        # Tigrinya, also typed with "ቀ" for "ቐ".
        "ti": "የቐንየለይ|ብጣዕሚ የቐንየለይ|ብዙሕ የቐንየለይ|የቐንየልና|ብጣዕሚ የቐንየልና|ንሓገዝኩም የቐንየለይ|ስለ ሓገዝኩም የቐንየለይ|"
              "የቀንየለይ|ብጣዕሚ የቀንየለይ|ብዙሕ የቀንየለይ|የቀንየልና|የመስግን|የመስግነኩም|ብጣዕሚ የመስግን|ምስጋና",
        "so": "mahadsanid|mahadsanit|mahad sanid|aad u mahadsanid|mahadsantahay|mahadsan tahay|waad mahadsantahay|"
              "waad mahadsan tahay|aad baad u mahadsantahay|aad baad u mahadsan tahay|aad ayaad u mahadsantahay|"
              "aad u mahadsantahay|mahadsanidiin|waad mahadsantihiin|aad baad u mahadsantihiin|"
              "mahadsanid caawimaadda|waad ku mahadsantahay caawimaadda",
        # Amharic, "አመሰግናለሁ" also typed "አመሰግናለው"; "እግዚአብሔር ይስጥልኝ" ("God give it to you for me") is a
        # thanks too.
        "am": "አመሰግናለሁ|አመሰግናለው|በጣም አመሰግናለሁ|በጣም አመሰግናለው|እናመሰግናለን|በጣም እናመሰግናለን|ስለ እርዳታዎ አመሰግናለሁ|"
              "ለእርዳታዎ አመሰግናለሁ|ስለረዱኝ አመሰግናለሁ|ስለረዳችሁኝ አመሰግናለሁ|ስለረዳኸኝ አመሰግናለሁ|እግዚአብሔር ይስጥልኝ|"
              "እግዚአብሄር ይስጥልኝ|እግዜር ይስጥልኝ|ግዜር ይስጥልኝ|ምስጋና",
    },
    "goodbye": {
        "de": "tschüss|tschüs|auf wiedersehen|bis bald|bis dann|schönen tag noch|einen schönen tag|schönen abend",
        "en": "bye|goodbye|good bye|bye bye|see you|have a nice day",
        "uk": "до побачення|бувай|на все добре",
        "ru": "до свидания|пока|всего доброго",
        "ar": "مع السلامة|وداعا|إلى اللقاء|الى اللقاء",
        "tr": "hoşça kal|hoşça kalın|görüşürüz|güle güle",
        "fa": "خداحافظ|خدانگهدار|بدرود",
        "pl": "do widzenia|do zobaczenia",
        "ro": "la revedere",
        "fr": "au revoir|à bientôt|a bientot|bonne journée|bonne journee",
        "es": "adiós|adios|hasta luego|hasta pronto",
        "it": "arrivederci|a presto|buona giornata",
        "hr": "doviđenja|do viđenja|zbogom|vidimo se|ugodan dan|lijep pozdrav|lep pozdrav|srdačan pozdrav|laku noć",
        "el": "αντίο|αντίο σας|γεια χαρά|τα λέμε|καλή συνέχεια|καληνύχτα",
        "bg": "довиждане|до скоро|всичко хубаво|приятен ден|хубав ден|лека нощ|чао",
        "cs": "na shledanou|nashledanou|mějte se|mějte se hezky|hezký den|pěkný den|dobrou noc|sbohem",
        "nl": "tot ziens|doei|dag dag|tot straks|tot later|fijne dag|prettige dag|nog een fijne dag|goedenacht|"
              "welterusten",
        "hu": "viszontlátásra|viszlát|minden jót|szép napot|további szép napot|jó éjszakát|jó éjt",
        "zh": "再见|拜拜|回头见|下次见|祝您愉快|祝你愉快|祝您一天愉快|晚安",
        "pt": "tchau|adeus|até logo|até mais|até breve|até à próxima|até a próxima|tenha um bom dia|bom fim de semana",
        "sq": "mirupafshim|mirë u pafshim|shihemi|ditë të mbarë|ditë të mirë|natën e mirë|gjithë të mirat",
        "vi": "tạm biệt|chào tạm biệt|hẹn gặp lại|chúc một ngày tốt lành|chúc ngày tốt lành|chúc ngủ ngon",
        "ku": "bi xatirê te|bi xatirê we|xatirê te|xatirê we|bi xêr bimîne|bi xêr bimînin|oxir be|şev baş|"
              "rojeke xweş|roja we xweş be|heta carek din",
        "ps": "خدای پامان|خدای په امان|د خدای په امان|خدا پامان|په مخه مو ښه|په مخه دې ښه|بیا به سره ووینو|"
              "بیا سره ګورو|ښه ورځ ولرئ|ورځ مو ښه|شپه مو پخیر|شپه مو په خیر",
        "ckb": "خوات لەگەڵ|خواتان لەگەڵ|خوا حافیز|خواحافیز|بە خوات دەسپێرم|بە خواتان دەسپێرم|شەو باش|شەوتان باش|"
               "ڕۆژێکی خۆش|ڕۆژێکی خۆشتان هەبێت|دەبینینەوە|بە هیوای دیدار|خوات لهگهل|خواتان لهگهل|خوات لەگەل|"
               "خواتان لەگەل|شهو باش|شهوتان باش",
        "ti": "ደሓን ኩን|ደሓን ኩኒ|ደሓን ኩኑ|ደሓን ሕደር|ደሓን ሕደሪ|ደሓን ሕደሩ|ደሓን ውዓል|ደሓን ውዓሊ|ደሓን ውዓሉ|ቻው|ቻው ቻው|"
              "ጽቡቕ መዓልቲ|ጽቡቕ መዓልቲ ይኹንልኩም|ጽቡቕ ለይቲ|ድሓር ንራኸብ|ኣብ ካልእ ግዜ ንራኸብ|ክሳብ ካልእ ግዜ",
        "so": "nabadgelyo|nabad gelyo|nabadgalyo|nabad galyo|nabadeey|is arag|isarag|is arag dambe|is arag danbe|"
              "mar kale is arag|maalin wanaagsan|habeen wanaagsan",
        # Amharic, "ደህና" also typed "ደና".
        "am": "ደህና ሁን|ደህና ሁኚ|ደህና ሁኑ|ደህና ይሁኑ|ደና ሁን|ደና ሁኑ|ደና ይሁኑ|ደህና ሰንብት|ደህና ሰንብቱ|ደህና ይሰንብቱ|"
              "ደህና እደሩ|ደህና እደር|ደህና ዋሉ|ደህና ዋል|ቻው|ቻው ቻው|በሰላም ያገናኘን|በሰላም ይቆዩ|መልካም ቀን|መልካም ቀን ይሁንልዎ|"
              "መልካም ምሽት|ሌላ ጊዜ እንገናኝ|በኋላ እንገናኝ|እንገናኛለን",
    },
    # Not "spreche ich mit einem Menschen?": that is a request for a person (handoff/intent.py).
    "identity": {
        "de": "wer bist du|wer sind sie|was bist du|was sind sie|bist du ein mensch|sind sie ein mensch|"
              "bist du ein bot|sind sie ein bot|bist du ein roboter|bist du eine ki|bist du ein chatbot",
        "en": "who are you|what are you|are you a human|are you human|are you a person|are you a bot|"
              "are you a robot|are you an ai|are you a chatbot",
        "uk": "хто ти|хто ви|ти людина|ви людина|ти бот|ви бот|ти робот",
        "ru": "кто ты|кто вы|ты человек|вы человек|ты бот|вы бот|ты робот",
        "ar": "من أنت|من انت|هل أنت إنسان|هل انت انسان|هل أنت روبوت|هل انت روبوت",
        "tr": "sen kimsin|siz kimsiniz|insan mısın|bot musun|robot musun",
        "fa": "تو کی هستی|شما کی هستید|شما کیستید|انسان هستی|ربات هستی",
        "pl": "kim jesteś|kim pan jest|czy jesteś człowiekiem|czy jesteś botem",
        "ro": "cine ești|cine esti|ești om|esti om|ești un robot",
        "fr": "qui es tu|qui êtes vous|tu es humain|êtes vous humain|es tu un robot|tu es un robot",
        "es": "quién eres|quien eres|quién es usted|eres humano|eres un robot|eres un bot",
        "it": "chi sei|chi è lei|sei umano|sei un robot|sei un bot",
        "hr": "tko si ti|tko ste vi|ko si ti|ko ste vi|što si ti|šta si ti|jesi li čovjek|jeste li čovjek|"
              "jesi li ti čovjek|jeste li vi čovjek|jesi li ti bot|jeste li vi bot|jesi li ti robot|"
              "jesi li čovek|da li si čovek|da li si čovjek|jesi li bot|jeste li bot|da li si bot|"
              "jesi li robot|jeste li robot|da li si robot",
        "el": "ποιος είσαι|ποια είσαι|ποιος είστε|τι είσαι|τι είστε|είσαι άνθρωπος|είστε άνθρωπος|είσαι bot|"
              "είσαι ρομπότ|είστε ρομπότ|είσαι chatbot",
        "bg": "кой си ти|кой си|кой сте вие|кой сте|какво си ти|какво сте вие|човек ли си|човек ли сте|"
              "ти човек ли си|вие човек ли сте|бот ли си|бот ли сте|ти бот ли си|робот ли си|ти робот ли си|"
              "робот ли сте",
        "cs": "kdo jsi|kdo jste|kdo jsi ty|kdo jste vy|co jsi|co jste|co jsi zač|jsi člověk|jste člověk|"
              "jsi ty člověk|jste vy člověk|jsi bot|jste bot|jsi robot|jste robot|jsi chatbot",
        "nl": "wie ben jij|wie ben je|wie bent u|wat ben jij|wat ben je|wat bent u|ben jij een mens|ben je een mens|"
              "bent u een mens|ben jij een bot|ben je een bot|bent u een bot|ben jij een robot|ben je een robot|"
              "ben je een chatbot",
        "hu": "ki vagy|ki vagy te|ki ön|kivel beszélek|mi vagy|ember vagy|ön ember|ember vagy te|bot vagy|"
              "robot vagy|chatbot vagy|te bot vagy|te robot vagy",
        "zh": "你是谁|您是谁|你是什么|你是人吗|你是真人吗|你是机器人吗|你是机器人|你是不是机器人|你是不是真人|你是人工智能吗",
        "pt": "quem é você|quem és tu|quem é o senhor|quem é a senhora|o que é você|você é humano|você é um robô|"
              "você é um bot|você é uma pessoa|és humano|és um robô|é um robô|é um bot|você é uma ia|você é um chatbot",
        "sq": "kush je ti|kush jeni ju|kush je|kush jeni|çfarë je ti|çfarë jeni ju|a je njeri|a jeni njeri|je njeri|"
              "a je robot|a jeni robot|je robot|a je bot|a jeni bot|je bot",
        "vi": "bạn là ai|bạn là gì|quý vị là ai|bạn là người hay máy|bạn có phải là người không|bạn là người à|"
              "bạn là robot|bạn là robot à|bạn có phải là robot không|bạn là bot|bạn là máy|bạn là chatbot",
        "ku": "tu kî yî|tu kî|hûn kî ne|tu çi yî|hûn çi ne|tu mirov î|tu mirovî|hûn mirov in|tu robot î|tu robotî|"
              "tu bot î|tu botî|hûn robot in",
        "ps": "ته څوک یې|ته څوک يې|تاسو څوک یاست|تاسو څوک یئ|تاسو څوک ياست|ته څه یې|تاسو څه یاست|ته انسان یې|"
              "تاسو انسان یاست|ایا ته انسان یې|ایا تاسو انسان یاست|ته روبوټ یې|تاسو روبوټ یاست|ایا ته روبوټ یې|"
              "ایا تاسو روبوټ یاست|ته ماشین یې|ته بوټ یې|تاسو بوټ یاست",
        # Sorani ("ئایا" is compared as "يایا": the hamza is a mark).
        "ckb": "تۆ کێیت|تۆ کێی|کێیت|ئێوە کێن|تۆ چیت|ئێوە چین|تۆ مرۆڤیت|تۆ مرۆڤی|ئایا تۆ مرۆڤیت|ئێوە مرۆڤن|"
               "ئایا ئێوە مرۆڤن|تۆ ڕۆبۆتیت|تۆ ڕۆبۆتی|ئایا تۆ ڕۆبۆتیت|ئێوە ڕۆبۆتن|ئایا ئێوە ڕۆبۆتن|تۆ بۆتیت|"
               "ئایا تۆ بۆتیت|تۆ ئامێریت|تو کییت|ئیوه کین",
        "ti": "መን ኢኻ|መን ኢኺ|መን ኢኹም|ንስኻ መን ኢኻ|ንስኺ መን ኢኺ|ንስኹም መን ኢኹም|እንታይ ኢኻ|እንታይ ኢኹም|ሰብ ዲኻ|ሰብ ዲኺ|"
              "ሰብ ዲኹም|ሰብ ዶ ኢኻ|ሰብ ዶ ኢኹም|ንስኻ ሰብ ዲኻ|ሮቦት ዲኻ|ሮቦት ዲኹም|ሮቦት ዶ ኢኻ|ሮቦት ዶ ኢኹም|ንስኻ ሮቦት ዲኻ|"
              "ቦት ዲኻ|ቦት ዶ ኢኻ|ማሽን ዲኻ|ኮምፒዩተር ዲኻ",
        # Somali; not "ma qof dhab ah baad tahay" ("are you a real person?"): a request for one (handoff/intent.py).
        "so": "yaad tahay|adigu yaad tahay|adiga yaad tahay|kumaad tahay|kuma tahay|maxaad tahay|adigu maxaad tahay|"
              "ma qof baad tahay|qof ma tahay|qof miyaad tahay|ma bini'aadam baad tahay|bini'aadam miyaad tahay|"
              "ma biniaadam baad tahay|ma robot baad tahay|robot miyaad tahay|ma bot baad tahay|bot miyaad tahay|"
              "ma mashiin baad tahay|mashiin miyaad tahay",
        "am": "ማን ነህ|ማን ነሽ|ማን ነዎት|ማን ኖት|ማን ናችሁ|አንተ ማን ነህ|አንቺ ማን ነሽ|እርስዎ ማን ነዎት|እናንተ ማን ናችሁ|"
              "ምንድን ነህ|ምንድነህ|ምንድን ነዎት|ሰው ነህ|ሰው ነሽ|ሰው ነዎት|ሰው ኖት|ሰው ነህ ወይ|አንተ ሰው ነህ|ሮቦት ነህ|ሮቦት ነሽ|"
              "ሮቦት ነዎት|ሮቦት ኖት|ሮቦት ነህ ወይ|አንተ ሮቦት ነህ|ቦት ነህ|ማሽን ነህ|ኮምፒውተር ነህ",
    },
    "how_are_you": {
        "de": "wie geht es dir|wie geht es ihnen|wie gehts|wie geht s|wie gehts dir|wie geht s dir|na wie gehts|"
              "wie gehts ihnen|alles gut bei dir",
        "en": "how are you|how are you doing|how is it going|how s it going|hows it going|how do you do",
        "uk": "як справи|як ти|як ви|як у тебе справи|як у вас справи",
        "ru": "как дела|как ты|как вы|как у тебя дела|как у вас дела|как поживаешь",
        "ar": "كيف حالك|كيف الحال",
        "tr": "nasılsın|nasılsınız|naber|ne haber",
        "fa": "حالت چطوره|چطوری|حال شما چطور است|خوبی",
        "pl": "jak się masz|co słychać|jak leci",
        "ro": "ce faci|ce mai faci|cum ești|cum esti",
        "fr": "comment ça va|ça va|comment allez vous|comment vas tu",
        "es": "qué tal|cómo estás|cómo está usted",
        "it": "come stai|come va|come sta",
        "hr": "kako si|kako ste|kako si ti|kako ste vi|kako ide|šta ima|što ima",
        "el": "τι κάνεις|τι κάνετε|πώς είσαι|πώς είστε|πώς πάει|τι γίνεται",
        "bg": "как си|как сте|как сте вие|как си ти|как върви|как е|какво правите|какво правиш",
        "cs": "jak se máš|jak se máte|jak se vede|jak to jde|jak se daří",
        "nl": "hoe gaat het|hoe gaat het met u|hoe gaat het met je|hoe gaat het met jou|hoe is het|hoe gaat ie",
        "hu": "hogy vagy|hogy van|hogy van ön|hogy vagy te|hogy megy|mi újság|hogy s mint",
        "zh": "你好吗|您好吗|你怎么样|最近怎么样|最近好吗",
        "pt": "tudo bem|tudo bom|como vai|como vai você|como está|como estás|como você está|como está o senhor",
        "sq": "si je|si jeni|si je ti|si jeni ju|si po shkon|si ia kalon|si ia kaloni",
        "vi": "bạn khỏe không|bạn có khỏe không|bạn khỏe chứ|khỏe không|dạo này thế nào|bạn thế nào|"
              "bạn dạo này thế nào",
        "ku": "tu çawa yî|hûn çawa ne|çawa yî|çawa ne|tu baş î|hûn baş in|rewş çawa ye",
        "ps": "ته څنګه یې|تاسو څنګه یاست|څنګه یې|څنګه یاست|څنگه یې|څنگه یاست|ښه یې|ښه یاست|جوړ یې|جوړ یاست|"
              "ته جوړ یې|تاسو جوړ یاست|حال مو څنګه دی|حال دې څنګه دی|خیریت دی|ستړي نه یې|ستړي نه یاست",
        "ckb": "چۆنی|چۆنن|تۆ چۆنی|ئێوە چۆنن|چۆنیت|باشی|باشن|چاکی|چاکن|حاڵت چۆنە|حاڵتان چۆنە|کەیفت چۆنە|"
               "کەیفتان چۆنە|چونی|چونن",
        "ti": "ከመይ ኣለኻ|ከመይ ኣለኺ|ከመይ ኣለኹም|ከመይ ኣሎኻ|ከመይ ኣሎኹም|ደሓን ዶ ኣለኻ|ደሓን ዶ ኣለኺ|ደሓን ዶ ኣለኹም|ደሓን ዲኻ|"
              "ደሓን ዲኺ|ደሓን ዲኹም|ከመይ ቐኒኻ|ከመይ ቐኒኹም|ከመይ ቀኒኻ|ከመይ ቀኒኹም",
        "so": "iska warran|iska waran|ka warran|see tahay|sidee tahay|sidee baad tahay|sideed tahay|sidee tihiin|"
              "see tihiin|sidee baad tihiin|ma fiican tahay|ma ladan tahay|nabad miyaa|ma nabad baa",
        "am": "እንደምን ነህ|እንደምን ነሽ|እንደምን ነዎት|እንደምን ኖት|እንደምን ናችሁ|እንዴት ነህ|እንዴት ነሽ|እንዴት ነዎት|እንዴት ኖት|"
              "እንዴት ናችሁ|ሰላም ነህ|ሰላም ነሽ|ሰላም ነዎት|ሰላም ኖት|ሰላም ናችሁ|ሰላም ነው|ደህና ነህ|ደህና ነሽ|ደህና ነዎት|"
              "ደህና ኖት|ደህና ናችሁ|ጤና ነህ|ጤና ነዎት",
    },
    "ack": {
        "de": "ok|okay|alles klar|super|prima|perfekt|gut|sehr gut|verstanden|das hilft|das hilft mir|hat geholfen|"
              "toll",
        "en": "ok|okay|great|perfect|got it|understood|that helps|cool|nice",
        "uk": "добре|зрозуміло|чудово",
        "ru": "хорошо|понятно|отлично|ладно",
        "ar": "حسنا|تمام",
        "tr": "tamam|anladım|süper",
        "fa": "باشه|فهمیدم|عالی",
        "pl": "dobrze|rozumiem|super",
        "ro": "bine|am înțeles|super",
        "fr": "d accord|parfait|compris|super",
        "es": "vale|perfecto|entendido|de acuerdo",
        "it": "va bene|perfetto|capito",
        "hr": "u redu|dobro|odlično|razumijem|razumem|jasno|važi|super",
        "el": "εντάξει|τέλεια|κατάλαβα|πολύ καλά|ωραία|σύμφωνοι",
        "bg": "добре|ок|окей|разбрах|разбирам|ясно|супер|чудесно|перфектно|много добре|става",
        "cs": "dobře|v pořádku|rozumím|jasně|super|výborně|skvělé|perfektní|to pomohlo|fajn",
        "nl": "oké|prima|perfect|goed|top|begrepen|duidelijk|helder|super|dat helpt|mooi|in orde",
        "hu": "rendben|oké|értem|világos|szuper|nagyszerű|tökéletes|remek|jó|ez segített",
        "zh": "好|好的|行|可以|明白了|知道了|懂了|没问题|太好了|很好",
        "pt": "ok|certo|está bem|tá bom|beleza|perfeito|entendi|entendido|percebi|ótimo|combinado|muito bem|"
              "isso ajuda|de acordo",
        "sq": "mirë|në rregull|ok|shumë mirë|e kuptova|kuptova|qartë|shkëlqyeshëm|perfekt|super|dakord",
        # Not "dạ", "ừ" ("da", "u" without diacritics, words of other languages).
        "vi": "ok|được|được rồi|duoc|duoc roi|vâng|vâng ạ|rất tốt|tuyệt|tuyệt vời|hiểu rồi|tôi hiểu rồi|rõ rồi",
        "ku": "baş e|başe|baş|temam|ok|fêm kir|min fêm kir|têgihîştim|pir baş|gelek baş|zor baş|super",
        "ps": "ښه|ډېر ښه|ډیر ښه|سمه ده|سم دی|سمه خبره ده|پوه شوم|وپوهېدم|وپوهیدم|عالي|ډېر عالي|ډیر عالي|ټیک ده|"
              "ټیک دی|دا مرسته وکړه",
        # Sorani; not "باشه" (typed on a Persian keyboard, it is the Persian "ok").
        "ckb": "باشە|زۆر باشە|باش|زۆر باش|تێگەیشتم|حاڵی بووم|ئۆکەی|نایابە|زۆر نایابە|دروستە|ڕاستە|تەواو|"
               "یارمەتیدەر بوو|ئەمە یارمەتیدەر بوو|ئەوە یارمەتیدەر بوو",
        # Tigrinya: "ሕራይ" is the Eritrean "ok"; not "ደሓን" ("fine", also "no thanks" after an offer of a person).
        "ti": "ሕራይ|ሕራይ በል|እወ|ኦኬ|ጽቡቕ|ጽቡቅ|ብጣዕሚ ጽቡቕ|ብጣዕሚ ጽቡቅ|ጽቡቕ እዩ|ተረዲኡኒ|ተረዲኡኒ ኣሎ|ርዱእ|ርዱእ እዩ|"
              "ሓጊዙኒ|ሓጊዙኒ ኣሎ|እዚ ሓጊዙኒ|ኣዝዩ ሓጊዙኒ",
        "so": "ok|okay|haa|haye|waa hagaag|hagaag|waa fiican|fiican|aad u fiican|waa wanaagsan|aad u wanaagsan|"
              "waan fahmay|waa la fahmay|fahmay|waa sax|taasi waa i caawisay|waa i caawisay|waxay i caawisay",
        # Amharic: "እሺ" is "ok"; not "ደህና" ("fine", also "no thanks" after an offer of a person).
        "am": "እሺ|እሺ እሺ|አዎ|አዎን|ኦኬ|ጥሩ|በጣም ጥሩ|ጥሩ ነው|ገባኝ|ተረድቻለሁ|ተረድቻለው|ግልጽ ነው|ግልፅ ነው|ረድቶኛል|"
              "በጣም ረድቶኛል|ይህ ረድቶኛል|ጠቅሞኛል|በጣም ጠቅሞኛል|ትክክል|ልክ ነው",
    },
}
# Requests that are not the administration's business, recognised by how the
# message starts ("Schreib mir ein Gedicht über den Herbst"): politely declined
# instead of "not found, shall a person take over?". Voting advice is among
# them: the administration must stay neutral, also in a follow-up whose words
# happen to occur on its pages.
REQUESTS = {
    "de": "erzähl mir einen witz|erzähle mir einen witz|erzähl einen witz|kennst du einen witz|mach einen witz|"
          "schreib mir ein gedicht|schreibe mir ein gedicht|schreib ein gedicht|sing mir ein lied|sing ein lied|"
          "erzähl mir eine geschichte|erzähle mir eine geschichte|"
          "welche partei soll ich wählen|welche partei sollte ich wählen|wen soll ich wählen|wen sollte ich wählen|"
          "welchen kandidaten soll ich wählen",
    "en": "tell me a joke|tell a joke|do you know a joke|write me a poem|write a poem|sing me a song|sing a song|"
          "tell me a story|"
          "which party should i vote for|who should i vote for|which candidate should i vote for|"
          "which party should i vote",
    "uk": "розкажи анекдот|розкажи жарт|розкажи мені анекдот|розкажи мені жарт|напиши вірш|напиши мені вірш|"
          "розкажи казку|розкажи мені казку|"
          "за яку партію голосувати|за яку партію мені голосувати|за кого голосувати|за кого мені голосувати",
    "ru": "расскажи анекдот|расскажи шутку|расскажи мне анекдот|расскажи мне шутку|напиши стих|напиши стихотворение|"
          "напиши мне стих|расскажи сказку|"
          "за какую партию голосовать|за какую партию мне голосовать|за кого голосовать|за кого мне голосовать",
    "ar": "أخبرني نكتة|اخبرني نكتة|قل لي نكتة|احكي لي نكتة|اكتب لي قصيدة|اكتب قصيدة|"
          "لأي حزب أصوت|لمن أصوت|لمن يجب أن أصوت",
    "tr": "bana bir fıkra anlat|bir fıkra anlat|fıkra anlat|bana bir şiir yaz|bir şiir yaz|bana bir hikaye anlat|"
          "hangi partiye oy vermeliyim|hangi partiye oy vereyim|kime oy vermeliyim|kime oy vereyim",
    "fa": "یک جوک بگو|جوک بگو|برام جوک بگو|یک شعر|برایم شعر بخوان|یک داستان بگو|"
          "به کدام حزب رای بدهم|به چه کسی رای بدهم|به کی رای بدم",
    "pl": "opowiedz dowcip|opowiedz kawał|opowiedz mi dowcip|opowiedz mi kawał|napisz wiersz|napisz mi wiersz|"
          "opowiedz bajkę|"
          "na którą partię głosować|na którą partię mam głosować|na kogo głosować|na kogo mam głosować",
    "ro": "spune mi o glumă|spune o glumă|spune mi un banc|scrie mi o poezie|scrie o poezie|spune mi o poveste|"
          "cu ce partid să votez|cu cine să votez|cu cine ar trebui să votez",
    "fr": "raconte moi une blague|raconte une blague|dis moi une blague|écris moi un poème|écris un poème|"
          "raconte moi une histoire|"
          "pour quel parti voter|pour quel parti dois je voter|pour qui voter|pour qui dois je voter",
    "es": "cuéntame un chiste|cuenta un chiste|dime un chiste|escríbeme un poema|escribe un poema|"
          "cuéntame una historia|"
          "a qué partido votar|a qué partido debo votar|a quién votar|a quién debo votar|por quién votar",
    "it": "raccontami una barzelletta|racconta una barzelletta|dimmi una barzelletta|scrivimi una poesia|"
          "scrivi una poesia|raccontami una storia|"
          "per quale partito votare|quale partito dovrei votare|per chi votare|per chi dovrei votare",
    "hr": "ispričaj mi vic|ispričaj vic|ispričajte mi vic|reci mi vic|recite mi vic|kaži mi vic|znaš li neki vic|"
          "napiši mi pjesmu|napiši pjesmu|napišite mi pjesmu|napiši mi pesmu|napiši pesmu|otpjevaj mi pjesmu|"
          "ispričaj mi priču|ispričaj mi bajku|"
          "za koju stranku da glasam|za koju stranku trebam glasati|za koju stranku glasati|"
          "za koju partiju da glasam|za koga da glasam|za koga trebam glasati|za koga glasati",
    "el": "πες μου ένα ανέκδοτο|πες ένα ανέκδοτο|πες μου ανέκδοτο|ξέρεις κανένα ανέκδοτο|γράψε μου ένα ποίημα|"
          "γράψε ένα ποίημα|τραγούδησέ μου ένα τραγούδι|πες μου μια ιστορία|πες μου ένα παραμύθι|"
          "ποιο κόμμα να ψηφίσω|ποιο κόμμα πρέπει να ψηφίσω|ποιον να ψηφίσω|ποιον πρέπει να ψηφίσω",
    "bg": "разкажи ми виц|разкажи виц|разкажете ми виц|кажи ми виц|знаеш ли някой виц|напиши ми стихотворение|"
          "напиши стихотворение|напишете ми стихотворение|напиши ми стих|изпей ми песен|разкажи ми приказка|"
          "разкажи ми история|за коя партия да гласувам|за коя партия трябва да гласувам|за кого да гласувам|"
          "за кого трябва да гласувам",
    "cs": "řekni mi vtip|řekni vtip|řekněte mi vtip|vyprávěj mi vtip|znáš nějaký vtip|napiš mi báseň|napiš báseň|"
          "napište mi báseň|zazpívej mi písničku|vyprávěj mi příběh|vyprávěj mi pohádku|řekni mi pohádku|"
          "kterou stranu mám volit|kterou stranu volit|koho mám volit|koho volit|koho bych měl volit|"
          "koho bych měla volit",
    "nl": "vertel me een grap|vertel mij een grap|vertel een grap|ken je een grap|schrijf me een gedicht|"
          "schrijf mij een gedicht|schrijf een gedicht|zing een liedje|zing een lied|vertel me een verhaal|"
          "vertel een verhaal|op welke partij moet ik stemmen|op welke partij zal ik stemmen|"
          "welke partij moet ik stemmen|op wie moet ik stemmen|op wie zal ik stemmen",
    "hu": "mondj egy viccet|mondjon egy viccet|mesélj egy viccet|tudsz egy viccet|írj egy verset|"
          "írj nekem egy verset|írjon egy verset|énekelj egy dalt|mesélj egy történetet|mesélj egy mesét|"
          "melyik pártra szavazzak|melyik pártra kellene szavaznom|kire szavazzak|kire kellene szavaznom",
    "zh": "讲个笑话|讲一个笑话|给我讲个笑话|给我讲一个笑话|说个笑话|给我说个笑话|写一首诗|写首诗|给我写一首诗|给我写首诗|唱首歌|讲个故事|给我讲个故事|我该投票给谁|我应该投票给谁|我该投给谁|我应该投给谁|"
          "我该选谁|我应该选谁|我该投哪个党|我应该投哪个党|我该投票给哪个党|我应该投票给哪个党|我应该投票给哪个政党|我该投票给哪个政党|投票给哪个政党",
    "pt": "conte me uma piada|conta me uma piada|me conte uma piada|me conta uma piada|conte uma piada|"
          "conta uma piada|escreva me um poema|escreve me um poema|me escreva um poema|escreva um poema|"
          "escreve um poema|cante uma música|canta uma música|conte me uma história|me conte uma história|"
          "em que partido devo votar|em qual partido devo votar|em que partido votar|em quem devo votar|"
          "em quem votar|qual partido devo votar",
    "sq": "më trego një shaka|më thuaj një shaka|trego një shaka|më trego një barcaletë|trego një barcaletë|"
          "më shkruaj një poezi|shkruaj një poezi|më këndo një këngë|më trego një përrallë|më trego një histori|"
          "për cilën parti të votoj|për cilën parti duhet të votoj|për kë të votoj|për kë duhet të votoj",
    "vi": "kể chuyện cười|kể một chuyện cười|kể cho tôi một chuyện cười|kể cho tôi nghe một chuyện cười|"
          "kể một câu chuyện cười|viết một bài thơ|viết cho tôi một bài thơ|làm một bài thơ|hát một bài hát|"
          "hát cho tôi nghe|kể cho tôi một câu chuyện|kể cho tôi nghe một câu chuyện|"
          "tôi nên bầu cho ai|tôi nên bỏ phiếu cho ai|nên bầu cho ai|tôi nên bầu cho đảng nào|"
          "tôi nên bỏ phiếu cho đảng nào|tôi nên bau cho dang nao|tôi nên bỏ phiếu cho dang nao|"
          "nên bỏ phiếu cho đảng nào|nên bầu đảng nào",
    "ku": "ji min re henekekê bêje|henekekê bêje|ji min re pêkenokekê bêje|pêkenokekê bêje|"
          "ji min re helbestekê binivîse|helbestekê binivîse|ji min re stranekê bêje|ji min re çîrokekê bêje|"
          "çîrokekê bêje|divê ez dengê xwe bidim kîjan partiyê|ez dengê xwe bidim kîjan partiyê|"
          "dengê xwe bidim kîjan partiyê|divê ez dengê xwe bidim kê|ez dengê xwe bidim kê|ez ji kê re deng bidim",
    "ps": "یوه ټوکه راته ووایه|راته یوه ټوکه ووایه|یوه ټوکه ووایه|ټوکه راته ووایه|یوه ټوکه راته ووایئ|"
          "راته یوه ټوکه ووایئ|یو شعر راته ولیکه|راته یو شعر ولیکه|یو شعر ولیکه|یو شعر راته ولیکئ|"
          "یوه سندره راته ووایه|یوه کیسه راته ووایه|راته یوه کیسه ووایه|یوه کیسه راته ووایئ|"
          "زه باید کوم ګوند ته رایه ورکړم|زه کوم ګوند ته رایه ورکړم|کوم ګوند ته رایه ورکړم|"
          "زه باید کوم گوند ته رایه ورکړم|کوم گوند ته رایه ورکړم|زه باید کوم ګوند ته رای ورکړم|"
          "کوم ګوند ته رای ورکړم|زه باید چا ته رایه ورکړم|زه چا ته رایه ورکړم|چا ته رایه ورکړم|چا ته رای ورکړم|"
          "زه باید کوم کاندید ته رایه ورکړم|کوم کاندید ته رایه ورکړم",
    "ckb": "نوکتەیەکم بۆ بگێڕەوە|نوکتەیەک بگێڕەوە|نوکتەیەکم پێ بڵێ|نوکتەیەک بڵێ|شیعرێکم بۆ بنووسە|شیعرێک بنووسە|"
           "شیعرێکم بۆ بڵێ|گۆرانییەکم بۆ بڵێ|گۆرانییەک بڵێ|چیرۆکێکم بۆ بگێڕەوە|چیرۆکێک بگێڕەوە|"
           "دەبێت دەنگ بە کام پارت بدەم|دەبێ دەنگ بە کام پارت بدەم|دەنگ بە کام پارت بدەم|بە کام پارت دەنگ بدەم|"
           "دەبێت دەنگ بە کام حیزب بدەم|دەنگ بە کام حیزب بدەم|بە کام حیزب دەنگ بدەم|دەبێت دەنگ بە کێ بدەم|"
           "دەبێ دەنگ بە کێ بدەم|دەنگ بە کێ بدەم|بە کێ دەنگ بدەم|دەبێت دەنگ بە کام کاندید بدەم|"
           "دەنگ بە کام کاندید بدەم",
    "ti": "ዋዛ ንገረኒ|ሓንቲ ዋዛ ንገረኒ|ዋዛ ንገሩኒ|ሓንቲ ዋዛ ንገሩኒ|ዋዛ ኣዘንትወለይ|ቀልዲ ንገረኒ|ሓደ ቀልዲ ንገረኒ|ግጥሚ ጽሓፈለይ|"
          "ሓንቲ ግጥሚ ጽሓፈለይ|ግጥሚ ጽሓፉለይ|ግጥሚ ጽሓፍ|ደርፊ ድረፈለይ|ደርፊ ድረፍ|ዛንታ ኣዘንትወለይ|ሓንቲ ዛንታ ኣዘንትወለይ|"
          "ዛንታ ንገረኒ|ሓንቲ ዛንታ ንገረኒ|ንኣየናይ ሰልፊ ክመርጽ|ንኣየናይ ሰልፊ ክመርጽ ኣለኒ|ንኣየናይ ሰልፊ ክመርጽ ይግባእ|"
          "ንመን ክመርጽ ኣለኒ|ንመን ክመርጽ ይግባእ|ንኣየናይ ተወዳዳሪ ክመርጽ|ንኣየናይ ተወዳዳሪ ክመርጽ ኣለኒ|ድምጸይ ንመን ክህብ|"
          "ድምጸይ ንኣየናይ ሰልፊ ክህብ",
    "so": "kaftan ii sheeg|ii sheeg kaftan|nukta ii sheeg|sheeko ii sheeg|ii sheeg sheeko|sheeko ii sheekee|"
          "gabay ii tiri|gabay ii qor|ii qor gabay|maanso ii qor|ii qor maanso|hees ii qaad|hees ii qor|"
          "xisbi kee ayaan u codeeyaa|xisbi kee baan u codeeyaa|xisbigee ayaan u codeeyaa|xisbigee baan u codeeyaa|"
          "xisbi kee ayaan codkayga siiyaa|xisbigee ayaan codkayga siiyaa|yaan u codeeyaa|yaa aan u codeeyaa|"
          "kumaan u codeeyaa|codkayga yaan siiyaa|musharax kee ayaan u codeeyaa|musharaxee ayaan u codeeyaa|"
          "musharaxee baan u codeeyaa",
    # Amharic: not "ታሪክ ንገረኝ" alone ("tell me the history …", of the town too).
    "am": "ቀልድ ንገረኝ|አንድ ቀልድ ንገረኝ|ቀልድ ንገሩኝ|አንድ ቀልድ ንገሩኝ|ቀልድ ይንገሩኝ|አንድ ቀልድ ይንገሩኝ|ቀልድ አውራኝ|"
          "ግጥም ጻፍልኝ|ግጥም ፃፍልኝ|አንድ ግጥም ጻፍልኝ|አንድ ግጥም ፃፍልኝ|ግጥም ጻፉልኝ|ግጥም ይጻፉልኝ|ግጥም ጻፍ|ግጥም ፃፍ|"
          "ዘፈን ዝፈንልኝ|ዘፈን ዝፈን|አንድ ታሪክ ንገረኝ|ተረት ንገረኝ|አንድ ተረት ንገረኝ|ለየትኛው ፓርቲ ልምረጥ|"
          "ለየትኛው ፓርቲ ድምጽ ልስጥ|ለየትኛው ፓርቲ ድምፅ ልስጥ|የትኛውን ፓርቲ ልምረጥ|የትኛውን ፓርቲ መምረጥ አለብኝ|ማንን ልምረጥ|"
          "ማንን መምረጥ አለብኝ|ለማን ድምጽ ልስጥ|ለማን ድምፅ ልስጥ|የትኛውን እጩ ልምረጥ|ለየትኛው እጩ ድምጽ ልስጥ|ድምጼን ለማን ልስጥ|"
          "ድምፄን ለማን ልስጥ",
}

# Words that join phrases ("Danke und tschüss") or soften them, in any language; compared
# without marks, so "va" and "u" are the Vietnamese "và" and the Kurdish "û" ("a": also "ạ");
# "او" is the Pashto "and" ("مننه او خدای پامان"), "وە" the Sorani one besides "و", "iyo" the Somali one,
# "እና" the Amharic one.
JOINING = set("und and и і та ve et y e și i و noch mal sehr so much very again nochmal zusammen dir ihnen euch "
              "na heute today και a en és dhe va nhe nha u او وە iyo እና".split())
