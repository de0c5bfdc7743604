"""Greetings, thanks, goodbyes, "ok", "how are you?", "who are you?" and
requests for jokes or poems: answered kindly in the asker's language instead of
searched. Searched, "Hallo" or "Danke!" found nothing and got "no reliable
answer — shall a person take over?".

Only a message made entirely of such phrases (and a few joining words) counts:
"Danke, und was kostet das?" is a question and goes the usual way. The lists
are plain data; a municipal developer can extend them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from rathaus.answer.phrases import phrase_language
from rathaus.index.crosslingual import CJK_RE

MAX_WORDS = 8

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
}
MAX_REQUEST_WORDS = 25

# Words that join phrases ("Danke und tschüss") or soften them, in any language; compared
# without marks, so "va" and "u" are the Vietnamese "và" and the Kurdish "û" ("a": also "ạ");
# "او" is the Pashto "and" ("مننه او خدای پامان").
JOINING = set("und and и і та ve et y e și i و noch mal sehr so much very again nochmal zusammen dir ihnen euch "
              "na heute today και a en és dhe va nhe nha u او".split())

# Replies: {town} is the tenant's name; written so that no grammatical case
# depends on it ("– Amt Süderbrarup", never "von Amt …").
GREETING = {
    "de": "Hallo! Hier ist der digitale Bürgerservice – {town}. Fragen Sie mich gern zu Ihrem Anliegen, "
          "zum Beispiel: „Wie beantrage ich einen Personalausweis?“",
    "en": "Hello! This is the digital citizen service – {town}. Ask me about what you need from the "
          "administration, for example: “How do I apply for an ID card?”",
    "uk": "Вітаю! Це цифровий сервіс для громадян – {town}. Запитуйте про ваші справи в адміністрації, "
          "наприклад: «Як оформити посвідчення особи?»",
    "ru": "Здравствуйте! Это цифровая служба для граждан – {town}. Спрашивайте о ваших делах в администрации, "
          "например: «Как оформить удостоверение личности?»",
    "ar": "مرحبًا! هذه خدمة المواطنين الرقمية – {town}. اسألني عن معاملتك لدى الإدارة، "
          "مثلًا: «كيف أقدّم طلبًا لبطاقة الهوية؟»",
    "tr": "Merhaba! Burası dijital vatandaş hizmeti – {town}. İdareyle ilgili işlerinizi sorabilirsiniz, "
          "örneğin: “Kimlik kartına nasıl başvururum?”",
    "fa": "سلام! اینجا خدمات دیجیتال شهروندی است – {town}. درباره کار اداری خود بپرسید، "
          "مثلاً: «چطور برای کارت شناسایی درخواست بدهم؟»",
    "pl": "Dzień dobry! Tu cyfrowe biuro obsługi mieszkańców – {town}. Proszę pytać o swoje sprawy urzędowe, "
          "na przykład: „Jak złożyć wniosek o dowód osobisty?”",
    "ro": "Bună ziua! Aici este serviciul digital pentru cetățeni – {town}. Întrebați-mă despre ce aveți de "
          "rezolvat la administrație, de exemplu: „Cum solicit o carte de identitate?”",
    "fr": "Bonjour ! Ici le service numérique aux citoyens – {town}. Posez-moi vos questions sur vos démarches, "
          "par exemple : « Comment demander une carte d'identité ? »",
    "es": "¡Hola! Este es el servicio digital de atención ciudadana – {town}. Pregúnteme por sus trámites, "
          "por ejemplo: «¿Cómo solicito un documento de identidad?»",
    "it": "Buongiorno! Qui è il servizio digitale per i cittadini – {town}. Mi chieda delle sue pratiche, "
          "per esempio: «Come richiedo la carta d'identità?»",
    "hr": "Dobar dan! Ovo je digitalna usluga za građane – {town}. Pitajte me o svojim poslovima s upravom, "
          "na primjer: „Kako prijaviti prebivalište?“",
    "el": "Γεια σας! Εδώ είναι η ψηφιακή εξυπηρέτηση πολιτών – {town}. Ρωτήστε με για τις υποθέσεις σας με "
          "τη διοίκηση, για παράδειγμα: «Πώς κάνω αίτηση για δελτίο ταυτότητας;»",
    "bg": "Добър ден! Това е дигиталната услуга за граждани – {town}. Попитайте ме за Вашите въпроси към "
          "администрацията, например: „Как да подам заявление за лична карта?“",
    "cs": "Dobrý den! Tady je digitální služba pro občany – {town}. Zeptejte se mě na své záležitosti na úřadě, "
          "například: „Jak požádám o občanský průkaz?“",
    "nl": "Goedendag! Dit is de digitale dienstverlening voor inwoners – {town}. Stel mij gerust uw vraag over uw "
          "zaken bij de gemeente, bijvoorbeeld: ‘Hoe vraag ik een identiteitskaart aan?’",
    "hu": "Jó napot kívánok! Itt a digitális ügyfélszolgálat – {town}. Kérdezzen bátran hivatali ügyeiről, "
          "például: „Hogyan igényelhetek személyi igazolványt?”",
    "zh": "您好！这里是数字市民服务 – {town}。欢迎咨询您在政府办理的事务，例如：“如何申请身份证？”",
    "pt": "Olá! Este é o atendimento digital ao cidadão – {town}. Pergunte-me sobre o que precisa tratar com a "
          "administração, por exemplo: “Como peço um documento de identidade?”",
    "sq": "Përshëndetje! Ky është shërbimi digjital për qytetarët – {town}. Më pyesni për çështjet tuaja me "
          "administratën, për shembull: „Si të aplikoj për një letërnjoftim?“",
    "vi": "Xin chào! Đây là dịch vụ công dân kỹ thuật số – {town}. Quý vị có thể hỏi tôi về các thủ tục hành chính, "
          "ví dụ: “Làm thế nào để xin cấp thẻ căn cước?”",
    "ku": "Silav! Ev xizmeta dîjîtal a ji bo welatiyan e – {town}. Li ser karên xwe yên li rêveberiyê ji min "
          "bipirsin, wek mînak: „Ez çawa dikarim ji bo nasnameyê serlêdan bikim?“",
    "ps": "سلام! دا د ښاریانو لپاره ډیجیټل خدمت دی – {town}. د ادارې سره د خپلو چارو په اړه له ما وپوښتئ، "
          "د بېلګې په توګه: «د پېژندنې کارت لپاره څنګه غوښتنه وکړم؟»",
}
# (what thanks gets first, then what any of these replies may add)
THANKS = {
    "de": ("Gern geschehen!", "Wenn Sie noch etwas wissen möchten, fragen Sie einfach."),
    "en": ("You're welcome!", "If there is anything else, just ask."),
    "uk": ("Будь ласка!", "Якщо маєте ще запитання, просто напишіть."),
    "ru": ("Пожалуйста!", "Если у вас есть ещё вопросы, просто напишите."),
    "ar": ("على الرحب والسعة!", "إذا كان لديك سؤال آخر، فاسألني."),
    "tr": ("Rica ederim!", "Başka bir sorunuz olursa sormanız yeterli."),
    "fa": ("خواهش می‌کنم!", "اگر سؤال دیگری دارید، بپرسید."),
    "pl": ("Nie ma za co!", "Jeśli są jeszcze pytania, proszę śmiało pisać."),
    "ro": ("Cu plăcere!", "Dacă mai aveți întrebări, scrieți-mi."),
    "fr": ("Avec plaisir !", "Si vous avez d'autres questions, n'hésitez pas."),
    "es": ("¡De nada!", "Si tiene otra pregunta, escríbame."),
    "it": ("Prego!", "Se ha altre domande, mi scriva pure."),
    "hr": ("Nema na čemu!", "Ako imate još pitanja, slobodno pitajte."),
    "el": ("Παρακαλώ!", "Αν θέλετε να μάθετε κάτι άλλο, απλώς ρωτήστε."),
    "bg": ("Моля!", "Ако имате още въпроси, просто ме попитайте."),
    "cs": ("Rádo se stalo!", "Máte-li další otázky, klidně se ptejte."),
    "nl": ("Graag gedaan!", "Heeft u nog een vraag? Stel die gerust."),
    "hu": ("Szívesen!", "Ha további kérdése van, kérdezzen bátran."),
    "zh": ("不客气！", "如果您还有其他问题，请随时提问。"),
    "pt": ("De nada!", "Se tiver mais alguma pergunta, é só perguntar."),
    "sq": ("S'ka përse!", "Nëse keni pyetje të tjera, mjafton të pyesni."),
    "vi": ("Không có gì ạ!", "Nếu quý vị còn câu hỏi nào khác, cứ hỏi tôi."),
    "ku": ("Ser çavan!", "Heke pirseke we ya din hebe, tenê bipirsin."),
    "ps": ("هیڅ خبره نه ده!", "که بله پوښتنه لرئ، یوازې یې وپوښتئ."),
}
GOODBYE = {
    "de": "Auf Wiedersehen! Der digitale Bürgerservice ist rund um die Uhr für Sie da.",
    "en": "Goodbye! The digital citizen service is here for you around the clock.",
    "uk": "До побачення! Цифровий сервіс для громадян працює цілодобово.",
    "ru": "До свидания! Цифровая служба для граждан работает круглосуточно.",
    "ar": "مع السلامة! خدمة المواطنين الرقمية متاحة على مدار الساعة.",
    "tr": "Hoşça kalın! Dijital vatandaş hizmeti günün her saatinde yanınızda.",
    "fa": "خدانگهدار! خدمات دیجیتال شهروندی شبانه‌روز در دسترس است.",
    "pl": "Do widzenia! Cyfrowe biuro obsługi mieszkańców działa całą dobę.",
    "ro": "La revedere! Serviciul digital pentru cetățeni vă stă la dispoziție non-stop.",
    "fr": "Au revoir ! Le service numérique aux citoyens est à votre disposition jour et nuit.",
    "es": "¡Adiós! El servicio digital de atención ciudadana está disponible las 24 horas.",
    "it": "Arrivederci! Il servizio digitale per i cittadini è a sua disposizione giorno e notte.",
    "hr": "Doviđenja! Digitalna usluga za građane dostupna vam je 24 sata dnevno.",
    "el": "Αντίο σας! Η ψηφιακή εξυπηρέτηση πολιτών είναι στη διάθεσή σας όλο το εικοσιτετράωρο.",
    "bg": "Довиждане! Дигиталната услуга за граждани е на Ваше разположение денонощно.",
    "cs": "Na shledanou! Digitální služba pro občany je vám k dispozici nepřetržitě.",
    "nl": "Tot ziens! De digitale dienstverlening voor inwoners staat dag en nacht voor u klaar.",
    "hu": "Viszontlátásra! A digitális ügyfélszolgálat éjjel-nappal az Ön rendelkezésére áll.",
    "zh": "再见！数字市民服务全天候为您服务。",
    "pt": "Até logo! O atendimento digital ao cidadão está disponível 24 horas por dia.",
    "sq": "Mirupafshim! Shërbimi digjital për qytetarët është në dispozicionin tuaj 24 orë në ditë.",
    "vi": "Tạm biệt! Dịch vụ công dân kỹ thuật số luôn sẵn sàng phục vụ quý vị 24/7.",
    "ku": "Bi xatirê we! Xizmeta dîjîtal a ji bo welatiyan şev û roj di xizmeta we de ye.",
    "ps": "خدای پامان! د ښاریانو لپاره ډیجیټل خدمت شپه او ورځ ستاسو په خدمت کې دی.",
}
HOW_ARE_YOU = {
    "de": "Danke der Nachfrage! Ich bin ein Computerprogramm und jederzeit für Sie da. Womit kann ich helfen?",
    "en": "Thanks for asking! I am a computer program and always here for you. How can I help?",
    "uk": "Дякую, що питаєте! Я комп'ютерна програма і завжди до ваших послуг. Чим можу допомогти?",
    "ru": "Спасибо, что спрашиваете! Я компьютерная программа и всегда к вашим услугам. Чем могу помочь?",
    "ar": "شكرًا على سؤالك! أنا برنامج حاسوبي وفي خدمتك دائمًا. كيف يمكنني مساعدتك؟",
    "tr": "Sorduğunuz için teşekkürler! Ben bir bilgisayar programıyım ve her zaman hizmetinizdeyim. "
          "Size nasıl yardımcı olabilirim?",
    "fa": "ممنون که پرسیدید! من یک برنامه رایانه‌ای هستم و همیشه در خدمت شما. چطور می‌توانم کمک کنم؟",
    "pl": "Dziękuję za pytanie! Jestem programem komputerowym i zawsze służę pomocą. W czym mogę pomóc?",
    "ro": "Mulțumesc că întrebați! Sunt un program de calculator și vă stau mereu la dispoziție. Cu ce vă pot ajuta?",
    "fr": "Merci de demander ! Je suis un programme informatique, toujours à votre service. "
          "Comment puis-je vous aider ?",
    "es": "¡Gracias por preguntar! Soy un programa informático y estoy siempre a su disposición. "
          "¿En qué puedo ayudarle?",
    "it": "Grazie per la domanda! Sono un programma informatico, sempre a sua disposizione. Come posso aiutarla?",
    "hr": "Hvala na pitanju! Ja sam program, a ne čovjek, i uvijek sam tu za vas. Kako vam mogu pomoći?",
    "el": "Ευχαριστώ που ρωτάτε! Είμαι ένα πρόγραμμα υπολογιστή και είμαι πάντα στη διάθεσή σας. "
          "Πώς μπορώ να σας βοηθήσω;",
    "bg": "Благодаря, че попитахте! Аз съм компютърна програма и съм винаги на Ваше разположение. С какво мога да "
          "Ви помогна?",
    "cs": "Děkuji za optání! Jsem počítačový program a jsem vám kdykoli k dispozici. S čím vám mohu pomoci?",
    "nl": "Bedankt voor het vragen! Ik ben een computerprogramma en altijd voor u beschikbaar. Waarmee kan ik u "
          "helpen?",
    "hu": "Köszönöm, hogy kérdezi! Számítógépes program vagyok, és mindig az Ön rendelkezésére állok. Miben "
          "segíthetek?",
    "zh": "谢谢您的关心！我是一个计算机程序，随时为您服务。请问有什么可以帮您？",
    "pt": "Obrigado por perguntar! Sou um programa de computador e estou sempre à sua disposição. Em que posso "
          "ajudar?",
    "sq": "Faleminderit që pyetët! Jam një program kompjuterik dhe jam gjithmonë në dispozicionin tuaj. Si mund "
          "t'ju ndihmoj?",
    "vi": "Cảm ơn quý vị đã hỏi thăm! Tôi là một chương trình máy tính và luôn sẵn sàng hỗ trợ quý vị. Tôi có thể "
          "giúp gì cho quý vị?",
    "ku": "Spas ji bo pirsê! Ez bernameyeke kompîturê me û her dem di xizmeta we de me. Ez çawa dikarim alîkariya "
          "we bikim?",
    "ps": "له پوښتنې مو مننه! زه یو کمپیوټري پروګرام یم او تل ستاسو په خدمت کې یم. څنګه مرسته درسره کولی "
          "شم؟",
}
DECLINE = {
    "de": "Das kann ich leider nicht – ich beantworte Fragen zu den Anliegen und Angeboten der Verwaltung, "
          "zum Beispiel: „Wie melde ich meinen Wohnsitz an?“",
    "en": "I'm afraid I can't do that – I answer questions about the administration's services, for example: "
          "“How do I register my address?”",
    "uk": "На жаль, цього я не вмію – я відповідаю на запитання про послуги адміністрації, наприклад: "
          "«Як зареєструвати місце проживання?»",
    "ru": "К сожалению, этого я не умею – я отвечаю на вопросы об услугах администрации, например: "
          "«Как зарегистрировать место жительства?»",
    "ar": "للأسف لا أستطيع ذلك – أجيب عن الأسئلة المتعلقة بخدمات الإدارة، مثلًا: «كيف أسجّل عنوان سكني؟»",
    "tr": "Maalesef bunu yapamıyorum – idarenin hizmetleriyle ilgili soruları yanıtlıyorum, örneğin: "
          "“Adresimi nasıl kaydettiririm?”",
    "fa": "متأسفانه این کار از من برنمی‌آید – به پرسش‌ها درباره خدمات اداره پاسخ می‌دهم، مثلاً: "
          "«چطور محل سکونتم را ثبت کنم؟»",
    "pl": "Niestety tego nie potrafię – odpowiadam na pytania o usługi urzędu, na przykład: "
          "„Jak zameldować się pod nowym adresem?”",
    "ro": "Din păcate nu pot face asta – răspund la întrebări despre serviciile administrației, de exemplu: "
          "„Cum îmi înregistrez domiciliul?”",
    "fr": "Je ne peux malheureusement pas faire cela – je réponds aux questions sur les services de "
          "l'administration, par exemple : « Comment déclarer mon domicile ? »",
    "es": "Lo siento, eso no puedo hacerlo – respondo preguntas sobre los servicios de la administración, "
          "por ejemplo: «¿Cómo registro mi domicilio?»",
    "it": "Purtroppo non posso farlo – rispondo a domande sui servizi dell'amministrazione, per esempio: "
          "«Come registro la mia residenza?»",
    "hr": "Nažalost, to ne mogu – odgovaram na pitanja o uslugama uprave, na primjer: "
          "„Kako prijaviti prebivalište?“",
    "el": "Δυστυχώς δεν μπορώ να το κάνω αυτό – απαντώ σε ερωτήσεις για τις υπηρεσίες της διοίκησης, "
          "για παράδειγμα: «Πώς δηλώνω τη διεύθυνση κατοικίας μου;»",
    "bg": "За съжаление не мога да направя това – отговарям на въпроси за услугите на администрацията, например: "
          "„Как да регистрирам адреса си?“",
    "cs": "To bohužel neumím – odpovídám na otázky o službách úřadu, například: „Jak se přihlásím k trvalému "
          "pobytu?“",
    "nl": "Dat kan ik helaas niet – ik beantwoord vragen over de diensten van de gemeente, bijvoorbeeld: ‘Hoe "
          "schrijf ik mij in op een nieuw adres?’",
    "hu": "Ezt sajnos nem tudom megtenni – a hivatal szolgáltatásaival kapcsolatos kérdésekre válaszolok, például: "
          "„Hogyan jelenthetem be a lakcímemet?”",
    "zh": "很抱歉，这个我做不到——我只回答有关政府服务的问题，例如：“如何办理住址登记？”",
    "pt": "Infelizmente não posso fazer isso – respondo a perguntas sobre os serviços da administração, por "
          "exemplo: “Como faço o registro do meu endereço?”",
    "sq": "Fatkeqësisht këtë nuk mund ta bëj – u përgjigjem pyetjeve për shërbimet e administratës, për shembull: "
          "„Si ta regjistroj vendbanimin tim?“",
    "vi": "Rất tiếc, tôi không thể làm việc đó – tôi trả lời các câu hỏi về dịch vụ của cơ quan hành chính, ví dụ: "
          "“Làm thế nào để đăng ký địa chỉ cư trú?”",
    "ku": "Mixabin ez nikarim vê bikim – ez bersiva pirsên li ser xizmetên rêveberiyê didim, wek mînak: „Ez çawa "
          "navnîşana xwe qeyd bikim?“",
    "ps": "بښنه غواړم، دا کار نشم کولی – زه د ادارې د خدماتو په اړه پوښتنو ته ځواب ورکوم، د بېلګې په توګه: "
          "«د استوګنې ځای څنګه ثبت کړم؟»",
}
IDENTITY = {
    "de": "Ich bin ein Computerprogramm, kein Mensch: der digitale Bürgerservice – {town}. Ich antworte nur aus "
          "den Seiten und Unterlagen der Verwaltung und nenne die Quellen. Möchten Sie lieber mit einer "
          "Mitarbeiterin oder einem Mitarbeiter sprechen, schreiben Sie das einfach.",
    "en": "I am a computer program, not a person: the digital citizen service – {town}. I answer only from the "
          "administration's pages and documents and name my sources. If you would rather talk to a member of "
          "staff, just say so.",
    "uk": "Я комп'ютерна програма, а не людина: цифровий сервіс для громадян – {town}. Я відповідаю лише на основі "
          "сторінок і документів адміністрації та називаю джерела. Якщо бажаєте поговорити з працівником, "
          "просто напишіть про це.",
    "ru": "Я компьютерная программа, а не человек: цифровая служба для граждан – {town}. Я отвечаю только на основе "
          "страниц и документов администрации и указываю источники. Если хотите поговорить с сотрудником, "
          "просто напишите об этом.",
    "ar": "أنا برنامج حاسوبي ولست إنسانًا: خدمة المواطنين الرقمية – {town}. أجيب فقط من صفحات الإدارة ووثائقها "
          "وأذكر المصادر. إذا كنت تفضّل التحدث مع موظف، فاكتب ذلك.",
    "tr": "Ben bir bilgisayar programıyım, insan değilim: dijital vatandaş hizmeti – {town}. Yalnızca idarenin "
          "sayfalarına ve belgelerine dayanarak yanıt veririm ve kaynakları belirtirim. Bir çalışanla konuşmak "
          "isterseniz bunu yazmanız yeterli.",
    "fa": "من یک برنامه رایانه‌ای هستم، نه یک انسان: خدمات دیجیتال شهروندی – {town}. فقط از صفحات و اسناد اداره "
          "پاسخ می‌دهم و منابع را ذکر می‌کنم. اگر ترجیح می‌دهید با یک کارمند صحبت کنید، کافی است بنویسید.",
    "pl": "Jestem programem komputerowym, nie człowiekiem: cyfrowe biuro obsługi mieszkańców – {town}. Odpowiadam "
          "wyłącznie na podstawie stron i dokumentów urzędu i podaję źródła. Jeśli woli Pan/Pani porozmawiać "
          "z pracownikiem, wystarczy o tym napisać.",
    "ro": "Sunt un program de calculator, nu un om: serviciul digital pentru cetățeni – {town}. Răspund doar pe "
          "baza paginilor și documentelor administrației și indic sursele. Dacă preferați să vorbiți cu un "
          "angajat, scrieți-mi.",
    "fr": "Je suis un programme informatique, pas une personne : le service numérique aux citoyens – {town}. Je "
          "réponds uniquement à partir des pages et documents de l'administration et j'indique mes sources. Si "
          "vous préférez parler à un agent, dites-le simplement.",
    "es": "Soy un programa informático, no una persona: el servicio digital de atención ciudadana – {town}. Solo "
          "respondo a partir de las páginas y documentos de la administración e indico las fuentes. Si prefiere "
          "hablar con un empleado, dígamelo.",
    "it": "Sono un programma informatico, non una persona: il servizio digitale per i cittadini – {town}. Rispondo "
          "solo in base alle pagine e ai documenti dell'amministrazione e indico le fonti. Se preferisce parlare "
          "con un operatore, me lo scriva.",
    "hr": "Ja sam program, a ne čovjek: digitalna usluga za građane – {town}. Odgovaram samo na osnovu stranica "
          "i dokumenata uprave i navodim izvore. Ako biste radije razgovarali sa službenikom, samo to napišite.",
    "el": "Είμαι ένα πρόγραμμα υπολογιστή, όχι άνθρωπος: η ψηφιακή εξυπηρέτηση πολιτών – {town}. Απαντώ μόνο με "
          "βάση τις σελίδες και τα έγγραφα της διοίκησης και αναφέρω τις πηγές. Αν προτιμάτε να μιλήσετε με "
          "έναν υπάλληλο, απλώς γράψτε το.",
    "bg": "Аз съм компютърна програма, а не човек: дигиталната услуга за граждани – {town}. Отговарям само въз "
          "основа на страниците и документите на администрацията и посочвам източниците. Ако предпочитате да "
          "говорите със служител, просто ми напишете.",
    "cs": "Jsem počítačový program, ne člověk: digitální služba pro občany – {town}. Odpovídám pouze na základě "
          "stránek a dokumentů úřadu a uvádím zdroje. Pokud byste raději mluvili s pracovníkem úřadu, stačí to "
          "napsat.",
    "nl": "Ik ben een computerprogramma, geen mens: de digitale dienstverlening voor inwoners – {town}. Ik "
          "antwoord alleen op basis van de pagina's en documenten van de gemeente en vermeld mijn bronnen. Spreekt "
          "u liever een medewerker? Schrijf het mij gerust.",
    "hu": "Számítógépes program vagyok, nem ember: a digitális ügyfélszolgálat – {town}. Csak a hivatal oldalai és "
          "dokumentumai alapján válaszolok, és megadom a forrásokat. Ha inkább egy ügyintézővel beszélne, csak "
          "írja meg.",
    "zh": "我是一个计算机程序，不是真人：数字市民服务 – {town}。我只根据政府的网页和文件作答，并注明出处。"
          "如果您更希望与工作人员交谈，请直接告诉我。",
    "pt": "Sou um programa de computador, não uma pessoa: o atendimento digital ao cidadão – {town}. Respondo "
          "apenas com base nas páginas e documentos da administração e indico as fontes. Se preferir falar com um "
          "funcionário, basta escrever.",
    "sq": "Jam një program kompjuterik, jo njeri: shërbimi digjital për qytetarët – {town}. Përgjigjem vetëm në "
          "bazë të faqeve dhe dokumenteve të administratës dhe i tregoj burimet. Nëse preferoni të flisni me një "
          "punonjës, thjesht shkruajeni.",
    "vi": "Tôi là một chương trình máy tính, không phải con người: dịch vụ công dân kỹ thuật số – {town}. Tôi chỉ "
          "trả lời dựa trên các trang và tài liệu của cơ quan hành chính và luôn nêu nguồn. Nếu quý vị muốn nói "
          "chuyện với nhân viên, chỉ cần nhắn cho tôi.",
    "ku": "Ez bernameyeke kompîturê me, ne mirov: xizmeta dîjîtal a ji bo welatiyan – {town}. Ez tenê li gorî "
          "rûpel û belgeyên rêveberiyê bersiv didim û çavkaniyan nîşan didim. Heke hûn dixwazin bi karmendekî re "
          "biaxivin, tenê binivîsin.",
    "ps": "زه یو کمپیوټري پروګرام یم، انسان نه یم: د ښاریانو لپاره ډیجیټل خدمت – {town}. زه یوازې د ادارې د "
          "پاڼو او اسنادو له مخې ځواب ورکوم او سرچینې یې ښیم. که غواړئ له یو کارمند سره خبرې وکړئ، یوازې یې "
          "ولیکئ.",
}


@dataclass(frozen=True)
class SmallTalk:
    intents: frozenset[str]
    languages: tuple[str, ...]  # the languages its phrases belong to, first match first; () for "ok"

    def language(self, detected: str) -> str:
        """The detected language where the phrases fit it ("hi" in a German
        chat), else theirs: "Hello" is English even where detection, on one
        word, fell back to German."""
        return detected if detected in self.languages or not self.languages else self.languages[0]

    @property
    def acknowledges_only(self) -> bool:
        """Just "ok", "super": small talk only right after an answer (after a
        handoff offer it may mean yes); the caller knows the conversation."""
        return self.intents == {"ack"}

    @property
    def offers_person(self) -> bool:
        """A declined request is out of scope like any unanswerable question:
        the citizen is offered a person too (the "no good answer" path)."""
        return "request" in self.intents

    def reply(self, language: str, town: str) -> str:
        lang = phrase_language(language)
        lang = lang if lang in GREETING else "de"
        thanks, anything_else = THANKS[lang]
        if "request" in self.intents:
            return DECLINE[lang]
        if "identity" in self.intents:
            return IDENTITY[lang].format(town=town)
        if "how_are_you" in self.intents:
            return HOW_ARE_YOU[lang]
        if "goodbye" in self.intents:
            return f"{thanks} {GOODBYE[lang]}" if "thanks" in self.intents else GOODBYE[lang]
        if "thanks" in self.intents:
            return f"{thanks} {anything_else}"
        if self.intents & {"greeting", "opener"}:
            return GREETING[lang].format(town=town)
        return anything_else


def _normalise(text: str) -> list[str]:
    # Combining marks go first, on the phrases as on the message: Arabic vowel
    # signs ("مرحبًا" is "مرحبا") and accents, so "multumesc" matches
    # "mulțumesc"; then anything but letters and digits is a space.
    text = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    return re.sub(r"[\W_]+", " ", text).split()


def _phrase_table() -> dict[tuple[str, ...], tuple[str, set[str]]]:
    table: dict[tuple[str, ...], tuple[str, set[str]]] = {}
    for intent, by_language in PHRASES.items():
        for language, phrases in by_language.items():
            for phrase in phrases.split("|"):
                key = tuple(_normalise(phrase))
                if key not in table:
                    table[key] = (intent, set())
                table[key][1].add(language)
    return table


_TABLE = _phrase_table()
_JOINING = frozenset(w for word in JOINING for w in _normalise(word))  # "și", "és" as messages are compared
_LONGEST = max(len(key) for key in _TABLE)
_AMBIGUOUS_ACK = {key for key, (intent, langs) in _TABLE.items() if intent == "ack" and len(langs) > 1}


_REQUESTS = [(tuple(_normalise(phrase)), language)
             for language, phrases in REQUESTS.items() for phrase in phrases.split("|")]


def _by_first_word(requests: list[tuple[tuple[str, ...], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The requests by their first word: only those can start a message (8 instead of 45 µs)."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, language in requests:
        found.setdefault(phrase[0], []).append((phrase, language))
    return found


_REQUESTS_BY_FIRST_WORD = _by_first_word(_REQUESTS)
# Chinese writes no spaces: its request is the start of the message's first run
# of characters ("给我讲个笑话吧" starts with "给我讲个笑话"), not a word sequence.
_CJK_REQUESTS = [(phrase[0], language) for phrase, language in _REQUESTS if len(phrase) == 1 and CJK_RE.match(phrase[0])]


@functools.lru_cache(maxsize=1024)  # asked for the same message by the language and the turn
def recognise(message: str) -> SmallTalk | None:
    """The message as small talk, or None when any part of it is something else."""
    words = _normalise(message)
    if not words:
        return None
    if len(words) <= MAX_REQUEST_WORDS:
        for phrase, language in _REQUESTS_BY_FIRST_WORD.get(words[0], ()):
            if tuple(words[:len(phrase)]) == phrase:
                return SmallTalk(frozenset({"request"}), (language,))
        for start, language in _CJK_REQUESTS:
            if words[0].startswith(start):
                return SmallTalk(frozenset({"request"}), (language,))
    if len(words) > MAX_WORDS:
        return None
    intents, languages, i = set(), [], 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            key = tuple(words[i:i + size])
            if key in _TABLE:
                intent, langs = _TABLE[key]
                intents.add(intent)
                if key not in _AMBIGUOUS_ACK:  # "ok" says nothing about the language
                    languages += [lang for lang in GREETING if lang in langs and lang not in languages]
                i += size
                break
        else:
            if words[i] not in _JOINING:
                return None
            i += 1
    return SmallTalk(frozenset(intents), tuple(languages)) if intents else None
