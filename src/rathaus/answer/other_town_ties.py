"""Present-day ties to another town (TIES) and travel to or from it (TRAVEL), for answer/other_town.py (the
rule: other_town_words.py): a question that names another German town but no office is the own town's business
when it holds one. Plain data; a municipal developer can extend it.

Language keys as in other_town_words.py.
"""

# A present-day tie to another town that makes a question naming it (and no office) the own town's business:
# people the asker knows or is related to, working, commuting or studying there, hearsay about it. Living there
# is no tie ("wohne", "live in"). Where the bare word is also the subject of a service, only possessive forms:
# "mein Kind", "my parents", "моя семья", "mi hijo", "我的家人" (a child's passport, parents' consent, family
# reunification). Left out: bare "sagen", "say", "говорят", "mówią", "λένε", "si dice" (filler, "speak",
# "is called"), "gehört" (belongs), "work in" ("how does it work in"), "my work" ("my work permit"), bare
# "Arbeitgeber"/"employer" ("Bescheinigung vom Arbeitgeber"), "erzählen" (tell me about), Chinese "工作",
# "上班" (工作时间, 工作许可, 几点上班), "告诉我" (please tell me), "孩子", "对象" (target group); words of other
# languages once marks are gone: "son" (French, Spanish), "sin" (Spanish), "man", "enkel", "nicht" (Dutch
# "only", German "not"), "drug", "mam"/"mamy"/"mámě"/"mamę" (Polish, Czech "we have"), "żona"/"żonę"
# (zona, zone), "żony" (Czech "zóny"), "známý" (Polish "znamy"), "mužu"/"mužem" (Czech "můžu"), "brat"
# (Czech "brát"), "ami" (Hungarian), "primo" (Italian), "neto" (net pay), "rude", "văr" (Turkish "var"),
# "daja" (Polish "dają"), "halla" (Spanish "se halla"), "nepot*" (Czech "nepotřebuji"), "abim*" (French
# "abîmé"), "kocam*" ("kocaman"), "işim" ("isim", name), "baka"/"baku"/"baki", "zus" (Polish ZUS), "oí que"
# (Portuguese "oi, que"), Vietnamese "bạn", "sếp", "dì tôi" (unmarked "đi tới"); Cyrillic "друг", "друга",
# "другом" (other in Russian, Bulgarian, Serbian), "мати" (to have), "брати" (to take), "наречен*"
# (Bulgarian "named"), "баку"; Arabic "عملي" (practical exam), "رئيسي" (main residence), "خالي" (empty,
# free), "طالب" (asylum seeker), "اعمل" (how do I do), "أخي"/"حبيبي" alone (forms of address), "جدي"
# (serious); Persian "دوست" ("دوست دارم"), "کارم" (my matter), "فامیل" (surname), "عموم" (public), "آشنا"
# (familiar with), Sorani "برام" (Persian "for me"), "بیستم" (twentieth). Also "knowledge" words: "kennis",
# "connaissance", "cunoștințe", "znajomość" (of a language), "prometido" (promised), Albanian "njohje"
# (recognition), "Angehörige", "Kleinkind", "Familie" alone (services' words).
TIES = {
    "de": "freund|freunde|freunden|freundes|freundin|freundinnen|kumpel|bekannte|bekannten|bekannter|"
          "bekanntenkreis|verwandte|verwandten|verwandter|verwandtschaft|mein* angehörigen|unser* angehörigen|"
          "mein* familie|unser* familie|mein* eltern|unser* eltern|schwiegereltern|großeltern|grosseltern|"
          "mein* mutter|unser* mutter|mama|mutti|mein* vater|mein* vaters|unser* vater|papa|vati|bruder|bruders|"
          "brüder|brüdern|schwester|schwestern|geschwister|sohn|sohnes|söhne|söhnen|tochter|töchter|töchtern|"
          "mein* kind|mein* kinder|mein* kindern|mein* kindes|unser* kind|unser* kinder|unser* kindern|mein* enkel|"
          "enkelin|enkelkind|enkelkinder|oma|opa|omi|großmutter|grossmutter|großvater|grossvater|mein* mann|"
          "mein* mannes|ehemann|ehemannes|mein* frau|ehefrau|gatte|gatten|gattin|partner|partnerin|lebenspartner|"
          "lebenspartnerin|lebensgefährte|lebensgefährten|lebensgefährtin|verlobte|verlobten|verlobter|kollege|"
          "kollegen|kollegin|kolleginnen|chef|chefin|mein* arbeitgeber|mein* arbeitgebers|mein* arbeitgeberin|"
          "unser* arbeitgeber|onkel|tante|cousin|cousine|cousins|neffe|nichte|schwager|schwägerin|schwiegermutter|"
          "schwiegervater|schwiegersohn|schwiegertochter|arbeite|wir arbeiten|arbeiten wir|arbeitsplatz|"
          "arbeitsstelle|arbeitsort|mein* arbeit|mein* job|neuen job|neue stelle|angestellt bei|angestellt in|"
          "beschäftigt bei|pendle|pendel*|pendler*|studiere|wir studieren|studieren wir|studium|student|studentin|"
          "an der uni|zur uni|auf der uni|universität|hochschule|fachhochschule|habe gehört|hab gehört|"
          "habe ich gehört|hab ich gehört|haben gehört|gehört dass|gehört habe|gehört hab|gehört haben|man sagt|"
          "sagt man|man hört|hört man|die sagen|sagen die|alle sagen|sagen alle|leute sagen|hat gesagt|"
          "haben gesagt|mir gesagt|uns gesagt|wurde gesagt|sagte|sagten|meinte|meinten|erzählt|erzählte|erzählten|"
          "angeblich|gerücht*",
    "en": "friend|friends|girlfriend|boyfriend|acquaintance|acquaintances|relatives|my relative|a relative|"
          "my family|our family|my parents|our parents|my parent|my mother|my father|my mom|my mum|my dad|mom|mum|"
          "dad|mommy|daddy|brother|brothers|sister|sisters|siblings|my son|our son|my sons|daughter|daughters|"
          "my child|my children|our child|our children|my kid|my kids|our kids|my baby|grandmother|grandfather|"
          "grandma|grandpa|granny|grandparents|grandson|granddaughter|husband|wife|my spouse|my partner|"
          "our partner|fiancé|fiancée|colleague|colleagues|coworker|coworkers|co worker|co workers|boss|"
          "my employer|our employer|uncle|aunt|auntie|cousin|cousins|nephew|niece|in laws|mother in law|"
          "father in law|brother in law|sister in law|i work|we work|i m working|i am working|we re working|"
          "we are working|i ve been working|my job|my workplace|new job|employed in|employed at|employed by|"
          "commute|commutes|commuting|commuter|i study|we study|i m studying|i am studying|study in|studying in|"
          "student at|student in|i m a student|i am a student|university|told me|they told|was told|were told|"
          "been told|i heard|i ve heard|i have heard|we heard|heard that|they say|people say|everyone says|"
          "someone said|somebody said|someone told|somebody told|they said|he said|she said|apparently|supposedly|"
          "rumour|rumours|rumor|rumors",
    "uk": "мій друг|мого друга|моєму другу|з другом|друзі|друзів|друзям|друзями|друзях|подруга|подруги|подругу|"
          "подрузі|подругою|знайом*|родич*|рідні|рідних|рідним|моя родина|моєї родини|моїй родині|мою родину|"
          "наша родина|нашої родини|нашій родині|нашу родину|з родиною|моя сім'я|моєї сім'ї|моїй сім'ї|мою сім'ю|"
          "наша сім'я|нашої сім'ї|з сім'єю|батьки|мої батьки|моїх батьків|моїм батькам|з батьками|у батьків|мама|"
          "мами|мамі|маму|мамою|моя мати|моєї матері|тато|тата|татові|татом|мій батько|мого батька|моєму батькові|"
          "брат|брата|братові|братом|братів|сестра|сестри|сестрі|сестру|сестрою|син|сина|синові|сином|синів|дочка|"
          "дочки|дочці|дочку|донька|доньки|доньці|доньку|донькою|моя дитина|моєї дитини|моїй дитині|мою дитину|"
          "мої діти|моїх дітей|моїм дітям|наші діти|наших дітей|бабус*|бабця|бабці|дідус*|дід|діда|онук*|онучк*|"
          "мій чоловік|мого чоловіка|моєму чоловікові|з чоловіком|дружина|дружини|дружині|дружину|дружиною|хлопець|"
          "хлопця|хлопцем|дівчина|дівчини|дівчиною|дівчину|наречений|нареченого|моя наречена|мою наречену|"
          "моєї нареченої|колег*|начальник|начальника|шеф|шефа|шефу|роботодав*|дядько|дядька|дядькові|тітка|тітки|"
          "тітці|тітку|двоюрідн*|племінник*|племінниц*|свекр*|теща|тесть|працюю|працюємо|моя робота|мою роботу|"
          "моїй роботі|на роботі|їжджу на роботу|їздимо на роботу|навчаюсь|навчаюся|навчаємося|навчаємось|вчуся|"
          "вчусь|студент|студентка|студенти|університет*|кажуть|мені сказали|нам сказали|сказали|сказав|сказала|"
          "я чув|я чула|чув|чула|чули|розповів|розповіла|розповіли|розповідали|нібито|чутки|говорять що|"
          "люди говорять",
    "ru": "мой друг|моего друга|моему другу|моим другом|с другом|к другу|друзья|друзей|друзьям|друзьями|друзьях|"
          "подруга|подруги|подругу|подруге|подругой|знакомый|знакомая|знакомые|знакомых|знакомым|знакомого|"
          "знакомому|знакомой|знакомую|знакомыми|родственник*|родственниц*|родня|родне|родню|моя семья|моей семьи|"
          "моей семье|мою семью|моей семьей|наша семья|нашей семьи|нашей семье|нашу семью|с семьей|родители|"
          "мои родители|моих родителей|моим родителям|с родителями|у родителей|мама|мамы|маме|маму|мамой|моя мать|"
          "моей матери|папа|папы|папе|папу|папой|мой отец|моего отца|моему отцу|брат|брата|брату|братом|брате|"
          "братья|братьев|сестра|сестры|сестре|сестру|сестрой|сестер|сын|сына|сыну|сыном|сыновья|дочь|дочери|"
          "дочерью|дочка|дочки|дочке|дочку|мой ребенок|моего ребенка|моему ребенку|мои дети|моих детей|моим детям|"
          "наш ребенок|нашего ребенка|наши дети|наших детей|бабушк*|дедушк*|внук*|внучк*|муж|мужа|мужу|мужем|жена|"
          "жены|жене|жену|женой|супруг*|парень|парня|девушка|девушки|девушке|девушку|жених|жениха|невеста|невесты|"
          "невесте|коллег*|начальник|начальника|начальнику|шеф|шефа|шефу|работодатель|работодателя|работодателю|"
          "работодателем|дядя|дяди|дяде|дядю|тетя|тети|тете|тетю|двоюродн*|племянник*|племянниц*|свекровь|свекр*|"
          "теща|тещи|тесть|тестя|работаю|работаем|моя работа|мою работу|моей работе|на работе|езжу на работу|"
          "езжу туда|учусь|учимся|студент|студентка|студенты|университет*|вуз|вузе|говорят что|люди говорят|"
          "все говорят|мне говорили|мне сказали|нам сказали|сказали|сказал|сказала|слышал|слышала|слышали|"
          "рассказал|рассказала|рассказали|рассказывал*|по слухам|слухи|якобы|как говорят",
    "bg": "приятел|приятеля|приятелят|приятели|приятелите|приятелка|приятелката|приятелки|познат|позната|познати|"
          "познатия|познатата|познатите|роднини|роднина|роднините|семейството ми|моето семейство|нашето семейство|"
          "родителите ми|моите родители|майка ми|майка си|мама|мама ми|баща ми|баща си|татко|брат ми|брат си|"
          "брата ми|братя ми|сестра ми|сестра си|сестрите ми|синът ми|сина ми|син ми|синовете ми|дъщеря ми|"
          "дъщерята ми|дъщеря си|детето ми|децата ми|дете ми|моето дете|моите деца|баба|дядо|баба ми|дядо ми|"
          "съпругът ми|съпругата ми|съпруга ми|съпруг ми|мъжът ми|мъжа ми|жена ми|гаджето ми|годеник|годеница|"
          "колега|колеги|колегата|колегите|колежка|колежката|шеф|шефът|шефа ми|работодател*|чичо|леля|вуйчо|вуйна|"
          "братовчед*|племенни*|работя|работим|работата ми|на работа съм|ходя на работа|пътувам до работа|"
          "пътувам всеки ден|уча|уча в|следвам|студент|студентка|студенти|университет*|казаха ми|казаха|каза ми|"
          "чух|чух че|чухме|казват че|хората казват|разправят|твърдят",
    "sr": "пријатељ*|другар*|познаник*|познаниц*|рођак*|рођаци|родбин*|моја породица|моју породицу|мојој породици|"
          "моје породице|наша породица|нашу породицу|нашој породици|родитељи|моји родитељи|мојих родитеља|"
          "мојим родитељима|мама|маму|мами|мајка|мајку|мајци|мој отац|мог оца|мом оцу|тата|тати|брат|брата|брату|"
          "братом|сестра|сестру|сестри|сестром|син|сина|сину|сином|ћерка|ћерку|ћерки|кћерка|кћерку|моје дете|"
          "мог детета|моја деца|моју децу|мојој деци|бака|деда|деду|муж|мужа|мужу|мужем|супруг*|моја жена|"
          "мојој жени|моју жену|дечко|дечка|девојка|девојку|девојци|вереник*|вереница|колега|колеге|колеги|колегом|"
          "колегиница|шеф|шефа|шефу|послодав*|ујак|ујака|стриц|стрица|тетка|тетку|тетки|братучед*|сестрич*|нећак*|"
          "радим у|радим тамо|радим као|запослен у|запослена у|запослен сам|мој посао|на послу|на посао|"
          "путујем на посао|студирам|студирамо|студент|студенткиња|факултет*|универзитет*|рекли су ми|рекли су|"
          "рекао ми је|рекла ми је|чуо сам|чула сам|чули смо|кажу да|људи кажу|наводно|прича се|причају",
    "ar": "صديق|صديقي|صديقتي|صديقة|أصدقائي|أصدقاء|صحابي|أصحابي|صاحبي|معارفي|أحد معارفي|أقاربي|أقارب|قريبي|قريبتي|"
          "أهلي|عائلتي|عائلتنا|أسرتي|أسرتنا|والدي|والدتي|والداي|أبي|أبويا|بابا|أمي|ماما|أخي في|أخي يعمل|أخي يسكن|"
          "أخي يعيش|مع أخي|عند أخي|لأخي|أختي|إخوتي|إخواني|أخواتي|ابني|ابنتي|بنتي|أولادي|أطفالي|طفلي|ولدي|جدتي|"
          "أحفادي|حفيدي|حفيدتي|زوجي|زوجتي|مراتي|خطيبي|خطيبتي|زميلي|زميلتي|زملائي|زملاء العمل|زميل العمل|مديري|"
          "صاحب العمل|رب العمل|عمي|عمتي|خالتي|ابن عمي|بنت عمي|ابنة عمي|ابن خالي|بنت خالي|ابن خالتي|بنت خالتي|حماتي|"
          "حمايا|نسيبي|أعمل في|أعمل هناك|أشتغل في|أشتغل هناك|بشتغل|شغلي|وظيفتي|مكان عملي|في عملي|عملي في|عملي هناك|"
          "دوامي|صاحب عملي|أتنقل|أدرس في|أدرس هناك|دراستي|جامعة|الجامعة|جامعتي|طالب جامعي|طالبة جامعية|قالوا لي|"
          "قالوا|قال لي|قالت لي|قيل لي|قيل|سمعت|سمعنا|يقولون|يقال|أخبروني|أخبرني|أخبرتني|على ما يبدو|كما يقال",
    "tr": "arkadaş*|tanıdık*|tanidik*|akraba*|ailem*|annem|annemi|annemin|anneme|annemde|annemden|annemle|"
          "annemler*|babam*|kardeş*|abim|abimi|abimin|abimle|abimler*|ablam*|oğlum*|kızım*|kizim*|çocuğum*|"
          "çocuklarım*|cocuklarim*|torunum*|babaannem*|anneannem*|dedem*|ninem*|büyükannem*|büyükbabam*|kocam|"
          "kocamla|kocamın|kocamin|kocama|kocamı|kocami|eşim*|karım*|sevgilim*|nişanlı*|nisanli*|meslektaş*|"
          "patronum*|işverenim*|amcam*|dayım*|dayim*|halam*|teyzem*|kuzenim*|kuzen|kuzenler*|yengem*|eniştem*|"
          "kayınvalidem*|kayinvalidem*|kaynanam*|kayınpederim*|kayinpederim*|çalışıyorum|calisiyorum|çalışıyoruz|"
          "calisiyoruz|çalışırım|calisirim|çalıştığım*|calistigim*|işyerim*|iş yerim*|işe gidiyorum|okuyorum|"
          "okuyoruz|öğrenciyim|öğrenciyiz|üniversite*|duydum|duyduk|duyduğum*|söylediler|söyledi|söylendi|"
          "söylüyorlar|soyluyorlar|diyorlar|derler|dediler|dedi ki|anlattı|anlatti|anlattılar|anlattilar|deniyor|"
          "denildi|güya|sözde",
    "fa": "دوستم|دوستام|دوستانم|دوستان|دوستای|دوست من|یک دوست|یه دوست|آشنایانم|یکی از آشنایان|یک آشنا|یه آشنا|"
          "آشناهام|آشناهایم|اقوامم|اقوام|بستگانم|بستگان|خویشاوندانم|خویشاوندان|خانواده ام|خانوادم|خانواده من|"
          "خانوادمون|خانواده مان|پدرم|مادرم|پدر و مادرم|والدینم|بابام|مامانم|برادرم|داداشم|خواهرم|آبجیم|پسرم|دخترم|"
          "بچه ام|بچم|بچه هام|بچه هایم|فرزندم|فرزندانم|مادربزرگم|پدربزرگم|مادر بزرگم|پدر بزرگم|نوه ام|شوهرم|همسرم|"
          "زنم|نامزدم|دوست پسرم|دوست دخترم|همکارم|همکارانم|همکاران|همکارام|رئیسم|رییسم|کارفرمام|کارفرمایم|کارفرما|"
          "عمویم|عموی من|عمه ام|دایی ام|داییم|خاله ام|خالم|پسرعموم|پسر عموم|دخترعموم|پسرخاله ام|پسرخالم|"
          "دخترخاله ام|پسرداییم|پسر داییم|مادرشوهرم|مادرزنم|پدرشوهرم|پدرزنم|کار می کنم|کار میکنم|کار می کنیم|"
          "کار میکنیم|محل کارم|سر کارم|سرکارم|شغلم|درس می خوانم|درس میخوانم|درس میخونم|درس می خونم|تحصیل می کنم|"
          "تحصیل میکنم|دانشجو|دانشجویم|دانشگاه|دانشگاهم|رفت و آمد می کنم|رفت و آمد میکنم|شنیدم|شنیده ام|شنیدیم|"
          "گفتند|گفتن|بهم گفتن|به من گفتند|به من گفتن|میگن|می گن|می گویند|میگویند|گفته اند|گفته میشه|گفته می شود|"
          "ظاهرا",
    "ps": "ملګری|ملګري|ملګرې|ملګرو|ملگری|ملگري|زما ملګری|ملګری مې|آشنا مې|خپلوان|خپلوانو|زما خپلوان|زما کورنۍ|"
          "زما کورنی|کورنۍ مې|مور او پلار|زما مور|زما پلار|مور مې|پلار مې|ورور|وروڼه|زما خور|خور مې|خویندې|زما زوی|"
          "زوی مې|زما لور|لور مې|زما ماشوم|ماشوم مې|زما ماشومان|ماشومان مې|زما اولاد|نیکه|انا مې|زما انا|میړه|"
          "زما ښځه|ښځه مې|زما مېرمن|مېرمن مې|نامزد مې|زما نامزد|همکار|همکاران|زما مشر|کارفرما|زما کاکا|کاکا مې|"
          "ماما مې|زما ماما|ترور مې|زما ترور|د تره زوی|د ترور زوی|کار کوم|کار کوو|زما دنده|دنده مې|پوهنتون|محصل یم|"
          "زده کړه کوم|زده کړې کوم|زده کوونکی یم|ما اورېدلي|ما اوریدلي|اورېدلي مې|اوریدلي مې|ما واورېدل|ما واوریدل|"
          "وايي چې|وایي چې|خلک وايي|خلک وایي|راته وویل|راته ویل|راته ویلي|ویل کیږي|ویل کېږي",
    "ckb": "هاوڕێ*|هاوری*|ناسیاو*|خزمەکانم|خزمهکانم|خزمێکم|خزمم|خزمانم|خێزانەکەم|خێزانم|خیزانەکەم|خیزانهکهم|خیزانم|"
           "دایکم|باوکم|دایک و باوکم|دایکوباوکم|براکەم|براکهم|براکانم|خوشکەکەم|خوشکهکهم|خوشکم|کوڕەکەم|کورەکەم|"
           "کورهکهم|کوڕم|کورم|کچەکەم|کچهکهم|کچم|منداڵەکەم|مندالەکەم|مندالهکهم|منداڵەکانم|مندالەکانم|مندالهکانم|"
           "منداڵم|داپیرەم|داپیرهم|داپیرم|باپیرەم|باپیرهم|باپیرم|نەنکم|نهنکم|مێردەکەم|میردەکەم|میردهکهم|مێردم|"
           "میردم|ژنەکەم|ژنهکهم|ژنم|هاوسەرەکەم|هاوسهرهکهم|هاوسەرم|هاوسهرم|دەزگیرانەکەم|دهزگیرانهکهم|دەزگیرانم|"
           "دهزگیرانم|هاوکارەکەم|هاوکارهکهم|هاوکارەکانم|هاوکارهکانم|هاوکارم|بەڕێوەبەرەکەم|خاوەنکارەکەم|"
           "خاوهنکارهکهم|مامم|مامەکەم|خاڵم|خالم|پورم|ئامۆزاکەم|ئامۆزام|خاڵۆزاکەم|کار دەکەم|کار دهکهم|کاردەکەم|"
           "کاردهکهم|شوێنی کارەکەم|شوێنی کارم|شوینی کارم|دەخوێنم|دهخوینم|دەخوینم|زانکۆ|زانکو|زانکۆکەم|خوێندکار|"
           "خویندکار|خوێندکارم|قوتابیم|بیستوومە|بیستوومه|بیستومه|گوتیان|وتیان|پێیان وتم|پێیان گوتم|پییان وتم|دەڵێن|"
           "دەلێن|دهلێن|دهلین|خەڵک دەڵێن|گوایە|گوایه",
    "pl": "przyjaciel|przyjaciela|przyjacielem|przyjacielowi|przyjaciele|przyjaciół|przyjaciółka|przyjaciółki|"
          "przyjaciółce|przyjaciółkę|kumpel|kumpla|kumplem|kumple|znajomy|znajoma|znajomi|znajomych|znajomemu|"
          "znajomym|znajomego|znajomej|krewny|krewna|krewni|krewnych|krewnym|moja rodzina|mojej rodziny|"
          "mojej rodzinie|moją rodzinę|nasza rodzina|naszej rodziny|naszą rodzinę|z rodziną|moi rodzice|"
          "moich rodziców|moim rodzicom|u rodziców|z rodzicami|mama|mamie|mamusia|moja matka|mojej matki|tata|taty|"
          "tacie|tatę|mój ojciec|mojego ojca|mój brat|mojego brata|brata|bratem|bratu|siostra|siostry|siostrze|"
          "siostrę|siostrą|syn|syna|synem|synowi|synowie|córka|córki|córce|córkę|moje dziecko|mojego dziecka|"
          "moje dzieci|moich dzieci|moim dzieciom|nasze dziecko|nasze dzieci|naszych dzieci|babcia|babci|babcię|"
          "dziadek|dziadka|dziadkiem|dziadkowi|dziadkowie|wnuk*|wnuczk*|mąż|męża|mężem|mężowi|żonie|moja żona|"
          "moją żonę|z żoną|chłopak|chłopaka|chłopakiem|chlopak|chlopaka|chlopakiem|dziewczyna|dziewczyny|"
          "dziewczyną|narzeczon*|kolega|kolegi|koledze|koledzy|kolegów|koleżanka|koleżanki|koleżance|koleżankę|"
          "szef|szefa|szefem|szefowi|szefowa|pracodaw*|wujek|wujka|wujkiem|wujkowi|ciocia|cioci|ciocię|kuzyn*|"
          "bratanek|bratanica|siostrzeniec|siostrzenica|teściowa|teść|ja pracuję|pracujemy|moja praca|mojej pracy|"
          "w pracy|jeżdżę do pracy|dojeżdżam|dojeżdżamy|studiuję|studiujemy|student|studentka|na studiach|studia|"
          "uczelni*|uniwersytet*|politechni*|słyszałem|słyszałam|slyszalem|slyszalam|słyszeliśmy|slyszelismy|"
          "powiedzieli mi|powiedzieli|powiedział mi|powiedziała mi|powiedzial mi|powiedziala mi|mówili mi|"
          "mówiono mi|ludzie mówią|mówią że|podobno|ponoć",
    "ro": "prieten|prietenul|prietenului|prieteni|prietenii|prietenilor|prietena|prietenă|prietenei|prietenele|"
          "un cunoscut|o cunoscută|cunoscuții|cunoscuților|rudele|rudele mele|o rudă|ruda mea|familia mea|"
          "familiei mele|familia noastră|părinții mei|părinților mei|părinții noștri|mama|mamei|mama mea|tata|"
          "tatăl|tatăl meu|tatălui|fratele|fratele meu|fratelui|frații|fraților|surorile mele|sora mea|surorii|"
          "fiul|fiul meu|fiului|fiica|fiica mea|fiicei|copilul meu|copiii mei|copilului meu|copiilor mei|bunica|"
          "bunicii|bunicul|bunicului|soțul|soțul meu|soțului|soția|soția mea|soției|iubitul|iubita|iubitului|"
          "iubitei|logodnic*|colegul|colega|colegii|colegilor|colegul meu|colega mea|șeful|șefa|șeful meu|șefului|"
          "angajatorul|angajatorul meu|unchiul|unchiului|unchi|mătușa|mătușii|mătușă|vărul|vărul meu|verișor*|"
          "nepotul|nepotului|nepoata|nepoții|lucrez|lucrăm|locul meu de muncă|locul de muncă|la muncă|fac naveta|"
          "navetez|navetăm|studiez|studiem|student|studentă|studenți|la facultate|facultatea|universitat*|"
          "angajat la|angajată la|am auzit|auzit că|mi-au spus|mi-a spus|ne-au spus|au spus|se spune|se zice|"
          "spun că|zice că|cică|chipurile|am aflat",
    "fr": "mon ami|mes amis|un ami|des amis|mon amie|une amie|mes amies|amis|amie|copain|copains|copine|copines|"
          "potes|mon pote|une connaissance|un proche|mes proches|des proches|ma famille|notre famille|mes parents|"
          "nos parents|mes beaux-parents|grands-parents|ma mère|ma maman|maman|mon père|mon papa|mon frère|frère|"
          "frères|ma sœur|ma soeur|sœur|soeur|sœurs|soeurs|mon fils|mes fils|ma fille|mes filles|mon enfant|"
          "mes enfants|notre enfant|nos enfants|grand-mère|grand-père|grand mère|grand père|mamie|papi|papy|"
          "mon mari|ma femme|mon épouse|mon époux|mon conjoint|ma conjointe|mon compagnon|ma compagne|fiancé|"
          "fiancée|collègue|collègues|mon patron|ma patronne|mon chef|ma cheffe|mon employeur|notre employeur|"
          "oncle|tante|tonton|tata|cousin|cousine|cousins|cousines|neveu|nièce|belle-mère|beau-père|belle-sœur|"
          "belle-soeur|beau-frère|je travaille|nous travaillons|mon travail|mon boulot|mon emploi|"
          "mon lieu de travail|au travail|je fais la navette|faire la navette|je fais le trajet|j'étudie|"
          "nous étudions|étudiant|étudiante|étudiants|étudiantes|à la fac|université|on m'a dit|on nous a dit|"
          "m'a dit|m'ont dit|ils disent|on dit que|les gens disent|j'ai entendu|entendu dire|il paraît|il parait|"
          "paraît-il|apparemment",
    "es": "amigo|amigos|amiga|amigas|un conocido|una conocida|conocidos|conocidas|pariente|parientes|"
          "mis familiares|mi familia|nuestra familia|mis padres|mis papás|mi madre|mi mamá|mamá|mami|mi padre|"
          "mi papá|papá|hermano|hermanos|hermana|hermanas|mi hijo|mi hija|mis hijos|mis hijas|nuestro hijo|"
          "nuestra hija|nuestros hijos|abuela|abuelo|abuelos|abuelita|abuelito|mi nieto|mi nieta|mis nietos|marido|"
          "esposo|esposa|mi mujer|mi pareja|novio|novia|mi prometido|mi prometida|compañero de trabajo|"
          "compañera de trabajo|colega|colegas|mi jefe|mi jefa|empleador|mi tío|mi tía|mis tíos|mi primo|mi prima|"
          "mis primos|sobrino|sobrina|suegro|suegra|cuñado|cuñada|yo trabajo|trabajamos|mi trabajo|"
          "estoy trabajando|mi empleo|mi lugar de trabajo|yo estudio|estudiamos|estoy estudiando|estudiante|"
          "estudiantes|universidad|la facultad|me dijeron|me han dicho|me dijo|nos dijeron|dicen que|me dicen|"
          "escuché|he oído|se dice que|al parecer|por lo visto|supuestamente|según dicen",
    "it": "amico|amica|amici|amiche|conoscente|conoscenti|parente|parenti|la mia famiglia|mia famiglia|"
          "nostra famiglia|i miei genitori|miei genitori|mia madre|mia mamma|mamma|mio padre|mio papà|papà|"
          "fratello|fratelli|sorella|sorelle|mio figlio|mia figlia|i miei figli|nostro figlio|nostra figlia|"
          "i nostri figli|nonna|nonno|nonni|nipote|nipoti|marito|moglie|fidanzato|fidanzata|il mio compagno|"
          "la mia compagna|collega|colleghi|colleghe|il mio capo|mio capo|datore di lavoro|mio zio|mia zia|zio|zia|"
          "cugino|cugina|cugini|suocero|suocera|cognato|cognata|io lavoro|lavoriamo|il mio lavoro|sto lavorando|"
          "faccio il pendolare|pendolare|io studio|studiamo|sto studiando|studente|studentessa|studenti|università|"
          "mi hanno detto|mi ha detto|ci hanno detto|ho sentito|abbiamo sentito|dicono che|si dice che|"
          "a quanto pare|a quanto dicono",
    "pt": "amigo|amigos|amiga|amigas|um conhecido|uma conhecida|conhecidos|parente|parentes|meus familiares|"
          "minha família|nossa família|meus pais|minha mãe|mãe|mamãe|meu pai|papai|irmão|minha irmã|irmãos|irmãs|"
          "meu filho|minha filha|meus filhos|nosso filho|nossa filha|nossos filhos|minha avó|meu avô|meus avós|"
          "vovó|meu neto|minha neta|meus netos|marido|esposa|esposo|minha mulher|namorado|namorada|noivo|noiva|"
          "colega de trabalho|colegas|meu chefe|minha chefe|patrão|empregador|meu tio|minha tia|meus tios|"
          "meu primo|minha prima|sobrinho|sobrinha|sogro|sogra|cunhado|cunhada|eu trabalho|trabalhamos|"
          "meu trabalho|estou trabalhando|estou a trabalhar|meu emprego|meu local de trabalho|eu estudo|estudamos|"
          "estou estudando|estou a estudar|estudante|estudantes|universidade|faculdade|me disseram|disseram-me|"
          "me falaram|me disse|disse-me|ouvi dizer|ouvi que|eu ouvi|dizem que|falam que|pelo visto|supostamente",
    "nl": "vriend|vrienden|vriendin|vriendinnen|vriendje|een kennis|kennissen|familieleden|mijn familie|"
          "onze familie|mijn ouders|onze ouders|mijn moeder|mijn vader|broer|broers|zussen|zuster|mijn zoon|"
          "onze zoon|mijn dochter|onze dochter|mijn kind|mijn kinderen|onze kinderen|grootouders|kleinzoon|"
          "kleindochter|kleinkinderen|mijn man|mijn vrouw|echtgenoot|echtgenote|mijn partner|verloofde|collega|"
          "collegas|baas|werkgever|oom|neef|nichtje|schoonmoeder|schoonvader|schoonouders|ik werk|wij werken|"
          "we werken|mijn werk|op mijn werk|mijn baan|ik pendel|forens|forensen|ik studeer|wij studeren|studente|"
          "studenten|universiteit|hogeschool|ze zeggen|zeggen ze|men zegt|mensen zeggen|heb gehoord|gehoord dat|"
          "ik hoorde|ze vertelden|ze hebben gezegd|werd gezegd|is mij verteld|blijkbaar|schijnbaar|naar verluidt",
    "hr": "prijatelj*|drugar*|poznanik*|poznanic*|rodbin*|rođak*|rodjak*|rođaci|rodjaci|moja obitelj|moju obitelj|"
          "mojoj obitelji|moje obitelji|naša obitelj|našu obitelj|moja porodica|moju porodicu|mojoj porodici|"
          "moja familija|moju familiju|roditelji|moji roditelji|mojih roditelja|mama|mamu|mami|majka|majku|majci|"
          "moj otac|mog oca|mom ocu|tata|tatu|tati|moj brat|mog brata|brata|bratu|bratom|sestra|sestru|sestri|"
          "sestrom|moj sin|mog sina|mojim sinom|sa sinom|sinom|kći|kćer|kćeri|kćerka|kćerku|ćerka|ćerku|ćerki|"
          "moje dijete|moja djeca|mojoj djeci|moju djecu|moje dete|moja deca|moja baka|baka mi|djed|djeda|djedu|"
          "deda|moj muž|mog muža|mom mužu|mojim mužem|s mužem|suprug*|moja žena|moju ženu|mojoj ženi|dečko|dečka|"
          "djevojka|djevojku|djevojci|devojka|devojku|zaručnik*|zaručnic*|vjerenik*|vjerenic*|verenik*|verenic*|"
          "kolega|kolege|kolegi|kolegom|kolegica|kolegice|koleginica|šef|šefa|šefu|šefica|poslodav*|moj ujak|"
          "moj stric|mog strica|tetka|tetku|tetki|bratić|bratića|sestrična|sestričnu|nećak|nećakinja|ja radim|"
          "radim tamo|radim kao|radim kod|radimo u|zaposlen u|zaposlena u|zaposlen kod|zaposlena kod|moj posao|"
          "mom poslu|na poslu|na posao|putujem na posao|studiram|studiramo|studentica|studentkinja|student|"
          "fakultet*|sveučilišt*|univerzitet*|na faksu|rekli su mi|rekli su|rekao mi je|rekla mi je|rekao je|"
          "rekla je|čuo sam|čula sam|čuli smo|kažu da|ljudi kažu|navodno|priča se|pričaju",
    "el": "φίλος|φίλη|φίλοι|φίλους|φίλο μου|φίλου μου|φίλες|φίλης|ένας γνωστός|μια γνωστή|γνωστός μου|γνωστή μου|"
          "γνωστοί μου|γνωστούς μου|συγγενείς|συγγενής|συγγενή|συγγενών|οικογένειά μου|οι γονείς μου|"
          "τους γονείς μου|γονείς μου|γονιοί μου|τους γονιούς μου|μητέρα μου|μάνα μου|μαμά|πατέρας μου|πατέρα μου|"
          "μπαμπάς|μπαμπά|αδελφ*|αδερφ*|γιος|γιο μου|γιου μου|κόρη μου|κόρης μου|παιδί μου|παιδιά μου|γιαγιά|"
          "παππούς|παππού|εγγόνι|εγγονή|εγγονός|σύζυγος|σύζυγό μου|άντρας μου|άνδρας μου|άντρα μου|γυναίκα μου|"
          "σύντροφος|σύντροφό μου|αγόρι μου|κοπέλα μου|αρραβωνιαστικ*|συνάδελφ*|αφεντικό|προϊστάμενός μου|εργοδότ*|"
          "θείος|θεία|θείο μου|ξάδερφ*|ξάδελφ*|ξαδέρφ*|ξαδέλφ*|ανιψι*|πεθερός|πεθερά|κουνιάδος|κουνιάδα|δουλεύω|"
          "δουλεύουμε|εργάζομαι|εργαζόμαστε|η δουλειά μου|τη δουλειά μου|στη δουλειά|πηγαινοέρχομαι|σπουδάζω|"
          "σπουδάζουμε|φοιτητ*|πανεπιστήμι*|μου είπαν|μου είπε|μας είπαν|είπαν ότι|άκουσα|ακούσαμε|λένε ότι|"
          "λένε πως|λέγεται ότι|λέγεται πως|δήθεν|υποτίθεται",
    "cs": "kamarád*|přítel|přítele|příteli|přítelem|přátelé|přátel|přátelům|přáteli|přítelkyně|přítelkyni|známá|"
          "známí|známého|známému|známým|známou|známých|příbuzn*|moje rodina|mojí rodiny|mojí rodině|moji rodinu|"
          "mou rodinu|naše rodina|naší rodiny|naší rodině|naši rodinu|s rodinou|moji rodiče|mí rodiče|mých rodičů|"
          "mým rodičům|u rodičů|s rodiči|máma|mámu|mámou|maminka|maminky|mamince|moje matka|moje máma|můj otec|"
          "mého otce|mému otci|táta|táty|tátovi|tátu|tátou|bratr|bratra|bratrovi|bratrem|bratři|sestra|sestry|"
          "sestře|sestru|sestrou|syn|syna|synovi|synem|dcera|dcery|dceři|dceru|dcerou|moje dítě|mé dítě|"
          "mého dítěte|moje děti|mé děti|moji děti|mých dětí|babička|babičky|babičce|babičku|dědeček|dědečka|děda|"
          "dědy|dědovi|vnuk*|vnučk*|manžel|manžela|manželovi|manželem|manželka|manželky|manželce|manželku|"
          "manželkou|snoubenec|snoubence|snoubenka|snoubenky|kolega|kolegy|kolegovi|kolegou|kolegyně|kolegyni|šéf|"
          "šéfa|šéfovi|šéfová|šéfem|zaměstnavatel*|strýc|strýce|strejda|teta|tety|bratranec|bratrance|sestřenice|"
          "sestřenici|synovec|neteř|pracuji|pracuju|pracujeme|v práci|do práce|moje práce|mou práci|moji práci|"
          "dojíždím|dojíždíme|studuji|studuju|studujeme|studentka|student|na vysoké škole|vysokou školu|univerzit*|"
          "zaměstnán v|zaměstnaná v|zaměstnán u|zaměstnaná u|slyšel jsem|slyšela jsem|slyšeli jsme|slyšel|slyšela|"
          "slyšeli|říkali|řekli mi|řekl mi|řekla mi|říká se|prý|údajně|povídá se",
    "hu": "barát|barátom|barátomat|barátomnál|barátommal|barátomtól|barátaim|barátaimnál|barátok|barátnő|barátnőm|"
          "barátnőmmel|barátnőmnél|ismerős*|rokon*|családom*|családunk*|szüleim*|szüleink*|anyám*|anyukám*|anyu|"
          "édesanyám*|apám*|apukám*|édesapám*|apu|bátyám*|öcsém*|nővérem*|húgom*|testvér*|fiam|fiamat|fiamnak|"
          "fiammal|fiamnál|lányom*|gyerekem*|gyerekeim*|gyermekem*|gyermekeim*|unokám*|nagymamám*|nagyapám*|"
          "nagyszüleim*|férjem*|feleségem*|párom*|vőlegényem*|menyasszonyom*|kolléga*|munkatársam*|főnököm*|"
          "munkáltatóm*|nagybátyám*|nagynéném*|unokatestvér*|unokaöcsém*|unokahúgom*|apósom*|anyósom*|sógorom*|"
          "sógornőm*|dolgozom|dolgozunk|munkahelyem*|ingázom|ingázok|ingázunk|tanulok|tanulunk|egyetem*|főiskol*|"
          "diák vagyok|hallottam|hallottuk|azt mondták|mondták|azt mondta|mondta|azt mondják|mondják|állítólag|"
          "szerintük",
    "sq": "shok|shoku|shokun|shokët|shoqja|shoqen|shoqe|miku|mikun|mikut|mikja|miqtë|miq|të afërmit|të afërm|"
          "familja ime|familjen time|familjes sime|familja jonë|prindërit e mi|prindërve të mi|nëna ime|nënën time|"
          "nënës sime|babai|babai im|babain|vëllai|vëllanë|vëllezërit|motra|motra ime|motrën|motrat|djali im|"
          "djalin tim|vajza ime|vajzën time|fëmija im|fëmijët e mi|fëmijët tanë|gjyshja|gjyshi|gjyshërit|nipi|"
          "mbesa|burri im|burrin tim|bashkëshort*|gruaja ime|gruan time|partneri im|partnerja ime|i dashuri|"
          "e dashura|i fejuari|e fejuara|kolegu|kolegja|kolegët|shefi|shefin|punëdhënës*|xhaxhai|xhaxhait|daja im|"
          "halla ime|tezja|tezes|kushëri*|punoj|punojmë|puna ime|punën time|studioj|studiojmë|studente|studentët|"
          "universitet*|fakultet*|më thanë|më tha|na thanë|thonë se|kam dëgjuar|dëgjova|dëgjuam|gjoja|thuhet",
    "ku": "heval*|nasên min|nasekî min|nasek|xizm*|malbata min|malbata me|dê û bavê min|dêya min|diya min|"
          "dayika min|bavê min|babê min|birayê min|birayên min|xwişka min|xwişkên min|kurê min|keça min|qîza min|"
          "zarokê min|zarokên min|zarokên me|dapîra min|bapîrê min|mêrê min|jina min|hevjîn*|dergistiya min|"
          "dergistiyê min|hevkar*|serokê min|xwediyê karê min|mamê min|apê min|xalê min|xaltîka min|meta min|"
          "pismam*|dotmam*|ez kar dikim|kar dikim|karê min|cihê karê min|ez dixwînim|dixwînim|xwendekar|zanîngeh*|"
          "min bihîst|bihîstiye|ji min re gotin|ji min re got|gotin ku|dibêjin|tê gotin",
    "vi": "bạn tôi|bạn của tôi|bạn bè|bạn gái|bạn trai|người quen|họ hàng|người thân|gia đình tôi|gia dinh toi|"
          "gia đình của tôi|gia dinh cua toi|gia đình mình|gia dinh minh|bố mẹ tôi|cha mẹ tôi|ba mẹ tôi|bố mẹ mình|"
          "bố tôi|cha tôi|ba tôi|mẹ tôi|má tôi|anh trai|chị gái|em trai|em gái|anh tôi|chị tôi|em tôi|con trai|"
          "con gái|con tôi|con của tôi|các con tôi|bà nội|bà ngoại|ông nội|ông ngoại|ông bà tôi|cháu tôi|chồng tôi|"
          "vợ tôi|người yêu|hôn phu|hôn thê|đồng nghiệp|dong nghiep|sếp tôi|sếp của tôi|chủ tôi|chủ lao động|"
          "chu lao dong|chú tôi|bác tôi|cậu tôi|anh họ|em họ|tôi làm việc|tôi đang làm việc|chúng tôi làm việc|"
          "tôi làm ở|tôi làm tại|tôi đi làm|toi di lam|đi làm ở|di lam o|đi làm tại|di lam tai|chỗ làm của tôi|"
          "nơi làm việc của tôi|công việc của tôi|công ty tôi|công ty của tôi|tôi đang học|tôi học ở|tôi học tại|"
          "du học|sinh viên|đại học|dai hoc|đi học|di hoc|nghe nói|tôi nghe|nghe bảo|người ta nói|người ta bảo|"
          "họ nói|họ bảo|nghe đồn|nghe don|đồn rằng|don rang",
    "zh": "朋友|好友|熟人|认识的人|認識的人|亲戚|親戚|亲人|親人|我的家人|我家人|家里人|家裡人|我父母|我的父母|爸妈|爸媽|妈妈|媽媽|爸爸|我母亲|我母親|我父亲|我父親|哥哥|姐姐|弟弟|妹妹|兄弟|"
          "姐妹|儿子|兒子|女儿|女兒|我的孩子|我孩子|我们的孩子|我們的孩子|奶奶|爷爷|爺爺|外婆|外公|姥姥|姥爷|姥爺|孙子|孫子|孙女|孫女|老公|老婆|我丈夫|我的丈夫|我妻子|我的妻子|我太太|我先生|"
          "爱人|愛人|男朋友|女朋友|男友|女友|未婚夫|未婚妻|同事|老板|老闆|上司|雇主|叔叔|阿姨|舅舅|姑姑|伯伯|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|公婆|岳父|岳母|我在那工作|我在那里工作|"
          "我在那裡工作|我在那儿工作|工作单位|工作單位|工作地点|工作地點|我上班|去上班|上班的地方|通勤|上学|上學|读书|讀書|念书|念書|留学|留學|大学|大學|我是学生|我是學生|听说|聽說|据说|據說|"
          "有人说|有人說|别人说|別人說|他们说|他們說|大家说|大家說|有人告诉我|有人告訴我|他们告诉我|他們告訴我",
    "ti": "ዓርከይ|ዓርኪ|ኣዕሩኽ|ኣዕሩኸይ|መሓዛይ|መሓዙተይ|ዘመደይ|ኣዝማደይ|ስድራይ|ስድራ ቤተይ|ስድራቤተይ|ወለደይ|ኣደይ|ኣቦይ|ሓወይ|ኣሕዋተይ|ሓፍተይ|ኣሓተይ|ወደይ|ጓለይ|"
          "ቆልዓይ|ደቀይ|ዓባየይ|ኣባሓጎይ|ሰብኣየይ|በዓል ቤተይ|ሰበይተይ|በዓልቲ ቤተይ|ሕጹየይ|ሕጽይተይ|መሳርሕተይ|መሳርሕቲ|ሓለቓይ|ኣስራሒየይ|ኣኮይ|ሓትነይ|ኣሞይ|እሰርሕ|"
          "ንሰርሕ|ስራሐይ|ስራሕ ቦታይ|እመሃር|ንመሃር|ዩኒቨርሲቲ|ዩኒቨርስቲ|ተምሃራይ እየ|ሰሚዐ|ሰሚዔ|ሰሚዕና|ይብሉ|ኢሎምኒ|ነጊሮምኒ|ነጊሩኒ|ነጊራትኒ",
    "so": "saaxiib*|asxaab*|ehelkay*|ehelkey*|qaraab*|qoyskayga|qoyskeyga|reerkayga|reerkeyga|waalidkay|waalidkey|"
          "waalidiintayda|waalidiinteyda|hooyaday|hooyadey|hooyo|aabahay|aabbahay|aabahey|aabo|walaalkay|walaalkey|"
          "walaashay|walaashey|walaalahay|walaalahey|wiilkayga|wiilkeyga|wiilkay|gabadhayda|gabadheyda|inantayda|"
          "ilmahayga|ilmaheyga|carruurtayda|caruurtayda|carruurteyda|ayeeyday|ayeeydey|awoowgay|awoowgey|ninkayga|"
          "ninkeyga|xaaskayga|xaaskeyga|afadayda|afadeyda|saygayga|saygeyga|gacaliyahayga|gacaliyaddayda|jaalkay|"
          "jaalkey|wada shaqeeye*|madaxayga|madaxeyga|maamulahayga|shaqo bixiyahayga|adeerkay|adeerkey|abtigay|"
          "abtigey|eeddaday|habaryartay|ina adeerkay|ina abtigay|waan shaqeeyaa|waxaan ka shaqeeyaa|"
          "waan ka shaqeeyaa|shaqadayda|shaqadeyda|goobta shaqadayda|waxaan dhigtaa|waan dhigtaa|jaamacad*|"
          "waxaa la yiri|waxaa la yidhi|waa la yiri|ayaa la yiri|waxay igu yiraahdeen|waxay igu yidhaahdeen|"
          "waxay ii sheegeen|ii sheegeen|ii sheegay|waan maqlay|waxaan maqlay|maqlay|dadku waxay yiraahdaan|"
          "la sheegay",
}

# Travelling to or from another town, which makes a question naming it (and no office) the own town's business: the
# town is only a trip's destination or origin, and the own town's mobility pages may answer it ("Gilt das
# Deutschlandticket bis Weimar?", "Wie komme ich mit dem Bus nach Erfurt?", "Is there a night train to Berlin?"):
# tickets and passes, trains, S-Bahn, U-Bahn, trams, buses and coaches, timetables, connections, platforms, train
# and bus stations (not "station" alone: police, fire station), travelling, trips, riding or driving there
# ("fahren", "hinfahren", "how do I get to", "доїхати", "dojechać"), park and ride, car sharing, a bike on the
# train. German words everyone mixes in ("Deutschlandticket", "D-Ticket", "S-Bahn", "Bahnhof", "Flixbus", the
# transport associations "BVG", "MVV", "VMT") are under "de" only. Left out: what the town's own services are about,
# asked of another town: parking ("Anwohnerparken", "parking ticket": no bare "ticket"), vehicles and their
# registration ("Fahrzeug", "Auto", "Zulassung", "Kennzeichen"), driving licences ("Führerschein", Russian "билеты"
# alone, the theory test's questions), taxi licences ("taxi"), road closures ("Abfahrt" alone, a motorway exit),
# waste collection ("Fahrt", unmarked "fährt": "Wann fährt die Müllabfuhr?"), moving house (Ukrainian "переїзд");
# bare "go", "gehen", "nach", "to", "bis", Arabic "كيف أروح", Chinese "怎么去" (how do I go and apply); the words of a
# travel document, a passport or a tourist visa ("travel", "viaje", "voyage", "viaggio", "viagem", "podróży",
# "seyahat", "udhëtim*", "пътуване", "проїзний"/"проездной" alone, "سفر" ("جواز سفر"), "đi lại", "du lịch", "旅行",
# "旅游", Somali "safar", "socdaal", the immigration service), "Reise" alone ("Reise-Pass"); "Bahnhof*" (every
# "Bahnhofstraße"), "züge" ("im Zuge"), "ice", "im ice" ("I'm ice skating"), "train" alone ("train to become",
# French "en train de"), "coach" alone (a job coach), "platform" alone (an online platform), "timetable",
# "schedule", "Verbindung", "connection", Polish "połączenie", Italian "coincidenza", French "correspondance" alone
# ("in connection with", a letter), "underground" (car park), Italian "binario" ("non binario"), "elétrico"
# (electric), Hungarian "vonat*" ("vonatkozik"), "villamos" (electric), "bérlet*" ("bérleti díj", rent), "jegy*"
# ("jegyző"), Polish "kolej*" ("kolejka", a queue), "jazdy" ("prawo jazdy"), Spanish "cercanías" (vicinity), Turkish
# "banliyö" (suburb), "rodoviária" (highway police), Chinese "交通" (traffic offences), "动车" ("电动车", an e-bike). Words
# of other languages once marks are gone: "tram" (Vietnamese "trạm", any station: "trạm y tế"), "tren" (Vietnamese
# "trên", on), "metro" (Spanish, Italian, Portuguese metre: "metro cuadrado"), "vlak" (Dutch "vlak bij", close to),
# "trem" (Czech "třem"), "trêna" (Croatian "trena", a moment), "voz" (Spanish, Portuguese voice), "gar" (German "gar
# nicht"), "garda", "gara" alone (Italian, a contest or tender), "autocar*" (Spanish "autocaravana", a camper van),
# "car" (French because), "fare" (Italian to do), "ter" (Portuguese to have), "zob" (Polish "zob.", see), "подорож*"
# (Russian "подорожали", prices rose), "гари" (Russian, a burning smell), "еду" (Russian, food), "їду" (unmarked
# "іду", I walk), Somali "baska" (Turkish "başka", other) and "bas" (French low); Pashto "بس" alone (Persian, Arabic
# enough, only), Sorani "پاس" alone (Persian, a pass).
TRAVEL = {
    "de": "deutschlandticket*|deutschland ticket*|d-ticket*|dticket*|49-euro-ticket*|58-euro-ticket*|monatskarte*|"
          "monatsticket*|semesterticket*|jobticket*|fahrkarte*|fahrschein*|einzelfahrschein*|einzelfahrkarte*|"
          "zugticket*|bahnticket*|busticket*|bahncard*|zug|zuges|zügen|regionalzug*|regionalbahn*|regionalexpress*|"
          "fernzug*|nachtzug*|intercity*|mit dem ice|bahn|bahnen|deutsche bahn|s-bahn*|u-bahn*|sbahn*|ubahn*|"
          "straßenbahn*|strassenbahn*|stadtbahn*|trambahn*|die tram|der tram|mit der tram|trams|tramlinie*|bus|"
          "busse|bussen|buslinie*|stadtbus*|regionalbus*|nachtbus*|fernbus*|flixbus*|reisebus*|linienbus*|öpnv|"
          "oepnv|nahverkehr*|verkehrsverbund*|öffentlichen verkehrsmitteln|öffentliche verkehrsmittel|öffis|bvg|"
          "mvg|mvv|hvv|vbb|vrr|kvb|rmv|vvs|vgn|vmt|zugverbindung*|bahnverbindung*|busverbindung*|direktverbindung*|"
          "verbindung nach|verbindungen nach|umsteigen|fahrplan*|abfahrtszeit*|abfahrtzeit*|bahnsteig*|gleis|"
          "bahnhof|bahnhofs|bahnhöfe|hauptbahnhof|hauptbahnhofs|hbf|busbahnhof|fernbahnhof|haltestelle*|"
          "bushaltestelle*|fahren|fahre|hinfahren|hinzufahren|hinkomme|hinkommen|wie komme ich nach|"
          "wie kommen wir nach|reise nach|reise von|reise mit|eine reise|die reise|meine reise|reisen|verreisen|"
          "anreise*|hinfahrt*|rückfahrt*|bahnfahrt*|zugfahrt*|busfahrt*|pendeln|park and ride|carsharing*|"
          "car-sharing|fahrradmitnahme|fahrrad mitnehmen|rad mitnehmen",
    "en": "germany ticket*|train ticket*|bus ticket*|tram ticket*|rail ticket*|metro ticket*|subway ticket*|"
          "travel pass*|transit pass*|monthly ticket*|monthly pass*|day ticket*|single ticket*|return ticket*|"
          "semester ticket*|student ticket*|rail pass*|the train|a train|by train|trains|train station*|"
          "train connection*|train timetable*|train schedule*|regional train*|local train*|commuter train*|"
          "direct train*|high speed train*|night train*|sleeper train*|nightjet|railway|railways|railway station*|"
          "rail station*|rail connection*|subway|the metro|by metro|metro station*|metro line*|the tram|a tram|"
          "by tram|tram line*|tram stop*|streetcar*|bus|buses|busses|by bus|bus line*|bus route*|bus stop*|"
          "bus station*|bus connection*|bus timetable*|bus schedule*|night bus*|by coach|coach trip*|"
          "coach station*|long distance bus*|intercity bus*|public transport*|public transit|local transport|"
          "connecting train*|connecting bus*|departure time*|which platform|train platform*|main station|"
          "central station|travel to|travelling to|traveling to|travel from|travel by|i travel|we travel|trip|"
          "trips|day trip*|journey|journeys|commute|commuting|drive to|driving to|drive there|ride to|ride there|"
          "how do i get to|how can i get to|how to get to|how do we get to|get there by|car share|"
          "bike on the train|bike on the bus|bicycle on the train|take my bike|bring my bike",
    "uk": "квиток|квитка|квитки|квитків|квитком|квитку|квиток до|проїзний квиток|проїзного квитка|"
          "місячний проїзний|проїзний на|проїзний до|вартість проїзду|оплата проїзду|дойчландтікет*|"
          "дойчланд тікет*|д-тікет*|поїзд*|потяг|потяга|потягу|потягом|потяги|потягів|електричк*|с-бан|ес-бан|"
          "у-бан|метро|трамва*|автобус*|фліксбус*|маршрутк*|громадськ* транспорт*|розклад руху|перон*|вокзал*|"
          "автовокзал*|залізниц*|залізнич*|подорож|подорожі|подорожувати|подорожую|подорожуємо|їздити|їжджу|їздимо|"
          "їхати|поїхати|поїду|поїдемо|доїхати|доїду|доїдемо|дістатися до|добратися до|як дістатися|каршерінг*",
    "ru": "билет до|билета до|билеты до|проездной билет|проездного билета|проездной на|проездной до|проездного до|"
          "месячный проездной|стоимость проезда|оплата проезда|дойчландтикет*|дойчланд тикет*|д-тикет*|поезд*|"
          "электричк*|с-бан|эс-бан|у-бан|метро|трамва*|автобус*|фликсбус*|маршрутк*|общественн* транспорт*|перрон*|"
          "вокзал*|автовокзал*|железнодорожн*|путешеств*|ехать|поехать|поеду|поедем|доехать|доеду|доедем|"
          "добраться до|как добраться|съездить|ездить|езжу|каршеринг*",
    "bg": "билет до|билет за|билети за|месечна карта|дойчландтикет*|дойчланд тикет*|влак|влака|влакът|влакове|"
          "влаковете|метро|метрото|трамвай*|автобус*|фликсбус*|перон*|гара|гарата|автогара*|пътувам|пътуваме|"
          "пътуване до|пътуването до|да стигна до|как да стигна|каршеринг*|обществен транспорт|"
          "обществения транспорт|градски транспорт|градския транспорт",
    "sr": "карта за воз|карту за воз|карта за аутобус|карту за аутобус|месечна карта|месечну карту|дојчландтикет*|"
          "дојчланд тикет*|воз|воза|возом|возу|возови|возова|аутобус*|трамвај*|метро|ред вожње|перон*|"
          "железничк* станиц*|аутобуск* станиц*|главна станица|главну станицу|главној станици|путујем|путујемо|"
          "путовати|путовање|како да стигнем|јавни превоз|јавним превозом|градски превоз|градским превозом",
    "ar": "قطار|القطار|بالقطار|قطارات|القطارات|للقطار|ترين|الترين|بالترين|مترو|المترو|بالمترو|ترام|الترام|بالترام|"
          "اس بان|باص|الباص|بالباص|باصات|الباصات|حافلة|الحافلة|بالحافلة|حافلات|الحافلات|أوتوبيس|اتوبيس|الأوتوبيس|"
          "بالأوتوبيس|تذكرة|التذكرة|تذكره|تذاكر|التذاكر|دويتشلاند تيكت|دويتشلاند تكت|دويتشلاندتيكت|تذكرة ألمانيا|"
          "محطة القطار|محطة قطار|محطة الباص|محطة الحافلات|محطة المترو|المحطة الرئيسية|مواعيد القطار|مواعيد الباص|"
          "أسافر|نسافر|السفر إلى|رحلة|الرحلة|رحلتي|رحلات|كيف أصل إلى|المواصلات|مواصلات|بالمواصلات|النقل العام|"
          "وسائل النقل العام|مشاركة السيارات",
    "tr": "bilet*|tren ile|tren bileti|tren istasyonu|tren saatleri|bölgesel tren|treni|trene|trenle|trende|"
          "trenden|trenler|trenlerin|treniyle|metroyla|metroya|metroda|metro ile|metro istasyonu|tramvay*|otobüs*|"
          "otobüsle|gece treni|peron*|tren garı|tren gari|otogar*|durak|durağı|duragi|durağa|seyahat ed*|seyahate|"
          "yolculuk*|nasıl giderim|nasil giderim|nasıl gidebilirim|nasil gidebilirim|toplu taşıma*|toplu tasima*|"
          "ulaşım|ulasim|araç paylaşımı|arac paylasimi",
    "fa": "بلیط|بلیت|دویچلند تیکت|دویچلندتیکت|تیکت|ترن|مترو|تراموا|تراموای|اتوبوس|ایستگاه قطار|ایستگاه راه آهن|"
          "ایستگاه اتوبوس|ایستگاه مترو|ایستگاه مرکزی|ايستگاه قطار|ايستگاه اتوبوس|راه آهن|ساعت حرکت|برنامه حرکت|"
          "سفر کنم|سفر کنیم|سفر می کنم|سفر میکنم|مسافرت|حمل و نقل عمومی|حمل ونقل عمومی|وسایل نقلیه عمومی|"
          "کارشرینگ|اشتراک خودرو",
    "ps": "ټکټ|ټیکټ|ټکټونه|اورګاډی|اورګاډي|اورگاډی|اورگاډي|د ریل|په بس|د بس|بس کې|د اورګاډي سټیشن|د بس سټیشن|"
          "سفر کوم|سفر کوو|سفر کول|عامه ترانسپورت|عامه ټرانسپورټ",
    "ckb": "شەمەندەفەر*|شهمهندهفهر*|ئۆتۆبێس|ئۆتۆبیس|ئوتوبیس|بە پاس|وێستگەی پاس|وێستگەی ئۆتۆبێس|بلیتەکە|بلیتی|مترۆ|"
           "سەفەر دەکەم|سەفەر بکەم|گەشت دەکەم|گەشت بکەم|گەشتێک",
    "pl": "bilet|bilety|biletu|biletem|bilecie|biletów|pociąg*|koleją|kolejow*|metrem|tramwaj*|autobus*|busem|"
          "rozkład jazdy|rozkładzie jazdy|rozkładu jazdy|peron*|dworzec|dworca|dworcu|dworcem|dworce|przystan*|"
          "podróżuję|podróżować|podróżujemy|podróż do|wycieczk*|jechać|jadę|jedziemy|jedziesz|pojechać|pojadę|"
          "pojedziemy|dojechać|dojadę|dojedziemy|dojazd*|komunikacj* miejsk*|transport publiczny|"
          "transportem publicznym|transportu publicznego",
    "ro": "bilet|biletul|bilete|biletele|abonament lunar|abonamentul lunar|un tren|tren de|trenul|trenuri|trenului|"
          "trenurile|metroul|cu metroul|tramvai*|autobuz*|autocar|autocarul|autocare|autocarele|microbuz*|"
          "mersul trenurilor|peron*|gara centrală|gara de nord|gara principală|autogar*|călătoresc|călătorim|"
          "să călătoresc|o călătorie|cum ajung la|cum ajung în|cum să ajung|transport public|transportul public|"
          "transport în comun|transportul în comun",
    "fr": "billet de train|billets de train|billet de bus|billets de bus|titre de transport|abonnement mensuel|"
          "le train|un train|du train|les trains|des trains|par le train|prendre le train|train régional|"
          "train de nuit|train direct|le métro|en métro|du métro|station de métro|ligne de métro|tramway*|le tram|"
          "en tram|du tram|en bus|autocar|autocars|bus de nuit|horaire* de train*|horaire* du train|"
          "horaire* de bus|horaire* du bus|quel quai|la gare|gare centrale|gare routière|gare principale|voyager|"
          "je voyage|nous voyageons|un voyage|en voyage|trajet|trajets|comment aller à|comment me rendre à|"
          "comment se rendre à|transports en commun|transport en commun|transports publics|covoiturage|autopartage|"
          "parking relais",
    "es": "abono de transporte|abono transporte|abono mensual|el tren|un tren|del tren|de tren|trenes|en tren|"
          "en metro|línea de metro|estación de metro|tranvía|tranvías|autobús|autobuses|en autobús|autocar|"
          "autocares|estación de tren|estación de trenes|estación de autobuses|estación central|viajar|viajo|"
          "viajamos|un viaje|el viaje|cómo llegar a|cómo llego a|transporte público|coche compartido",
    "it": "abbonamento mensile|abbonamento del treno|treno|treni|in treno|metropolitana|in metro|la metro|il tram|"
          "in tram|del tram|col tram|autobus|pullman|corriera|quale binario|dal binario|stazione ferroviaria|"
          "stazione centrale|stazione dei treni|stazione degli autobus|alla stazione|viaggiare|un viaggio|"
          "in viaggio|come arrivare a|come arrivo a|come posso arrivare a|mezzi pubblici|trasporto pubblico|"
          "trasporti pubblici",
    "pt": "passe mensal|passe de transporte|comboio|comboios|de comboio|o trem|de trem|no trem|do trem|trens|"
          "de metrô|estação de metrô|ônibus|de ônibus|autocarro|autocarros|estação ferroviária|estação rodoviária|"
          "estação central|uma viagem|como chegar a|como chego a|como chegar em|como chego em|transporte público|"
          "transportes públicos|carona|boleia",
    "nl": "treinkaartje*|buskaartje*|ov-chipkaart*|trein|treinen|met de trein|nachttrein*|met de metro|met de tram|"
          "de tram|tramlijn*|met de bus|buslijn*|treinverbinding*|busverbinding*|dienstregeling*|perron*|"
          "treinstation*|busstation*|centraal station|het station|op het station|naar het station|reizen|ik reis|"
          "reis naar|hoe kom ik in|hoe kom ik naar|openbaar vervoer|met het ov|deelauto*",
    "hr": "karta za vlak|kartu za vlak|karta za voz|kartu za voz|karta za autobus|kartu za autobus|mjesečna karta|"
          "mjesečnu kartu|mesečna karta|mesečnu kartu|vlak do|vlak za|vlak iz|vlak u|vlak od|vlaka|vlakom|vlaku|"
          "vlakovi|vlakova|vozom|vozovi|vozova|autobus*|tramvaj*|red vožnje|vozni red|peron*|kolodvor*|"
          "željezničk* stanic*|železničk* stanic*|autobusn* stanic*|putujem|putujemo|putovati|putovanje|"
          "kako da stignem|javni prijevoz|javnim prijevozom|javni prevoz|javnim prevozom|gradski prijevoz|"
          "gradskim prijevozom|gradski prevoz",
    "el": "εισιτήριο|εισιτήρια|εισιτηρίου|τρένο|τρένα|τρένου|τραίνο|τραίνα|μετρό|τραμ|λεωφορεί*|κτελ|δρομολόγι*|"
          "αποβάθρα|σιδηροδρομικ* σταθμ*|σταθμό τρένων|σταθμός τρένων|κεντρικό σταθμό|κεντρικός σταθμός|ταξίδι|"
          "ταξίδια|ταξιδεύω|ταξιδεύουμε|ταξιδέψω|ταξιδέψουμε|συγκοινωνί*|μέσα μεταφοράς|μέσα μαζικής μεταφοράς",
    "cs": "jízdenk*|jízdné|šalinkart*|vlak do|vlak z|vlak v|vlak ve|vlakem|vlaku|vlaky|rychlík*|metrem|"
          "tramvaj*|tramvají|autobus*|jízdní řád*|nástupiště|nádraží|zastávk*|cestovat|cestuji|cestuju|cestujeme|"
          "dojet|dojedu|dojedeme|jedu do|hromadná doprava|hromadnou dopravou|hromadné dopravy|veřejná doprava|"
          "veřejnou dopravou|veřejné dopravy|sdílení aut",
    "hu": "vonatjegy*|buszjegy*|menetjegy*|bérletet|havi bérlet|havibérlet*|bérlettel|vonat|vonattal|vonatot|"
          "vonaton|vonatok|vonatra|vonatról|gyorsvonat*|metróval|metrón|metróra|villamossal|villamoson|villamosra|"
          "busz|busszal|buszon|buszra|buszt|buszjárat*|autóbusz*|buszpályaudvar*|menetrend*|peron*|pályaudvar*|"
          "főpályaudvar*|vasútállomás*|utazás|utazom|utazni|utazunk|hogyan jutok el|hogyan juthatok el|"
          "tömegközlekedés*|közösségi közlekedés*",
    "sq": "biletë|bileta|biletën|biletat|me tren|treni|trenin|trenit|tramvaj*|autobus*|autobusi|"
          "stacioni i autobusëve|udhëtoj|udhëtojmë|transporti publik|transport publik|transportin publik",
    "ku": "bilêt|bilêta|bilêtê|trênê|otobus|otobusê|veguhastina giştî",
    "vi": "vé tàu|vé xe buýt|vé xe|vé tháng|tàu hỏa|tàu lửa|xe lửa|tàu điện|tàu điện ngầm|đi tàu|di tau|tàu đêm|"
          "xe buýt|xe bus|xe khách|lịch tàu|giờ tàu|ga tàu|nhà ga|sân ga|bến xe|chuyến đi|chuyen di|chuyến tàu|"
          "phương tiện công cộng|giao thông công cộng",
    "zh": "火车|火車|高铁|高鐵|德铁|德鐵|地铁|地鐵|轻轨|輕軌|城铁|城鐵|有轨电车|有軌電車|公交|公車|巴士|大巴|长途汽车|長途汽車|夜车|夜車|卧铺|臥鋪|车票|車票|月票|德国票|德國票|坐车|坐車|"
          "乘车|乘車|搭车|搭車|换乘|換乘|转车|轉車|时刻表|時刻表|站台|月台|车站|車站|出行|公共交通|共享汽车|共享汽車|拼车|拼車|开车去|開車去",
    "ti": "ባቡር|ብባቡር|ኣውቶቡስ|ብኣውቶቡስ|ኣውቶብስ|ቲኬት|ትኬት",
    "so": "tareen|tareenka|tareenno|tareenada|tigidh|tigidhka|basaska|gaadiidka dadweynaha|gaadiid dadweyne",
}
