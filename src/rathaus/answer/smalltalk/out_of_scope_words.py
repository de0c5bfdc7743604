"""Words that mark a message as asking for something a town's documents can
never provide, per language: a personal opinion or life decision, or a place
or being that exists only in fiction or outer space (creative texts:
creative_words.py). Such a message is declined politely instead of being
answered from an unrelated page. Plain data (rathaus.answer.smalltalk reads it); a municipal
developer can extend it.

Entries are matched as answer/wordlists.py says (stems end in "*"; accents
need not be typed).

Every entry is looked for in every message, whatever its language; the
collisions avoided: German "Mond" is Hungarian "mond" (says) and Dutch "mond"
(mouth), hence "auf dem Mond", "der Mond"; "Venus" is French "venus" (came),
hence "planet venus".

"hr" also serves Serbian in Latin letters and Bosnian; "sr" holds the
Serbian Cyrillic spellings. "ku" is Kurmanji in Latin letters, "ckb" Sorani
in Arabic script, "ti" Tigrinya and "am" Amharic in Ge'ez script (the
same script, two languages), "so" Somali.

What is left out on purpose (and should stay out):
- in OPINION, anything a citizen says about a city service ("soll ich den
  Antrag online stellen?", "was ist besser: online oder vor Ort?", "was raten
  Sie mir mitzubringen?", "meiner Meinung nach ist der Bescheid falsch"):
  only opinions on politics, purchases, investments, relationships and careers,
  and verdicts on the mayor or government are declined;
- in OPINION, generic hedges ("was denkst du", "what do you think", "in your
  opinion", "sizce", "secondo te", "szerinted", "به نظرت", "šta ti misliš"):
  citizens put them before factual questions ("Was denkst du, brauche ich
  einen Termin?", "Sizce başvuru ne kadar sürer?"); only the topic that
  follows (a party, a car, a divorce) or "in my place" makes it an opinion;
- in FANTASY, words with an everyday meaning: "moon" where it is also "month"
  (Ukrainian "місяць", Turkish "ay", Persian "ماه", Czech "měsíc"), "Mars"
  where it is March (French, Albanian) or "marş" (Turkish), a dragon where it
  is also a kite (German "Drachen", Czech "drak", Croatian "zmaj", Hungarian
  "sárkány"), ghosts where the word is also "spirit" (German "Geist", Polish
  "duch", Croatian "duh", Persian "روح"), "Batman" (a Turkish province and
  town), sirens that are also alarm sirens, Venus or the Moon where they are
  common first names (Greek "Αφροδίτη", Pashto "سپوږمۍ"), "space" where it is
  also public or green space (French "espace", Arabic "الفضاء", Persian "فضا",
  Greek "διάστημα", Dutch "ruimte"); Amharic "ዘንዶ" (dragon, also python),
  "መጻተኛ" (alien, also foreigner), "ጨረቃ" alone (the Red Crescent is "ቀይ
  ጨረቃ").
"""

# Asking the bot for its personal opinion or a personal decision: politics,
# purchases, investments, relationships, career, whether the mayor or the
# government is good. A message holding one of these is declined.
OPINION = {
    "de": "was würdest du tun|was würdest du machen|was würden sie an meiner stelle|was würdest du an meiner stelle|"
          "soll ich kündigen|sollte ich kündigen|soll ich meinen job kündigen|sollte ich meinen job kündigen|"
          "soll ich meine arbeit kündigen|soll ich meinen job wechseln|soll ich den job wechseln|"
          "soll ich den job annehmen|soll ich das jobangebot annehmen|soll ich die stelle annehmen|"
          "was soll ich studieren|soll ich studieren|soll ich mich trennen|sollte ich mich trennen|"
          "soll ich schluss machen|sollte ich schluss machen|soll ich meinen freund verlassen|"
          "soll ich meine freundin verlassen|soll ich meinen mann verlassen|soll ich meine frau verlassen|"
          "soll ich meinen partner verlassen|soll ich mich scheiden lassen|sollte ich mich scheiden lassen|"
          "soll ich ihn heiraten|soll ich sie heiraten|"
          "soll ich einen heiratsantrag machen|welches auto soll ich kaufen|welches auto sollte ich kaufen|"
          "welches handy soll ich kaufen|welches handy sollte ich kaufen|welchen laptop soll ich kaufen|"
          "soll ich ein auto kaufen|soll ich ein haus kaufen|soll ich eine wohnung kaufen|soll ich bitcoin kaufen|"
          "soll ich aktien kaufen|soll ich gold kaufen|soll ich krypto*|welche aktie|welche aktien|in welche aktie*|"
          "welche kryptowährung*|lohnt es sich zu investieren|lohnt sich bitcoin|soll ich investieren|"
          "sollte ich investieren|soll ich in aktien|soll ich in bitcoin|welche partei soll ich|"
          "welche partei sollte ich|welche partei würdest du wählen|wen soll ich wählen|wen sollte ich wählen|"
          "wen würdest du wählen|welche partei ist die beste|welche partei ist besser|welche partei wählst du|"
          "wen wählst du|ist der bürgermeister gut|ist der oberbürgermeister gut|"
          "macht der bürgermeister einen guten job|macht der oberbürgermeister einen guten job|"
          "magst du den bürgermeister|wie findest du den bürgermeister|wie finden sie den bürgermeister|"
          "wie findest du den oberbürgermeister|wie finden sie den oberbürgermeister|wie findest du die regierung|"
          "wie finden sie die regierung|ist die regierung gut|iphone oder android|iphone oder samsung|"
          "welches auto ist besser|welches handy ist besser|bmw oder mercedes",
    "en": "what would you do|what would you do in my place|if you were me|would you advise me to buy|"
          "would you advise me to invest|would you advise me to marry|would you advise me to quit|"
          "would you advise me to leave|should i quit my job|should i quit|should i resign|should i change jobs|"
          "should i take the job|should i accept the job offer|what should i study|should i leave my boyfriend|"
          "should i leave my girlfriend|should i leave my husband|should i leave my wife|should i leave my partner|"
          "should i break up|should i divorce|should i get divorced|"
          "should i propose|which car should i buy|which phone should i buy|which laptop should i buy|"
          "should i buy a car|should i buy a house|should i buy a flat|should i buy an apartment|should i buy bitcoin|"
          "should i buy stocks|should i buy shares|should i buy gold|should i buy crypto*|should i invest|"
          "is it worth investing|worth investing in|which stock|which stocks|which shares should|which crypto*|"
          "which party should i vote|who should i vote for|who should i vote|which candidate should i vote|"
          "who would you vote for|which party is best|which party is the best|which party is better|is the mayor good|"
          "is the mayor doing a good job|do you like the mayor|what do you think of the mayor|is the government good|"
          "do you like the government|iphone or android|iphone or samsung|which car is better|which phone is better",
    "uk": "що б ти зробив|що б ти зробила|що б ви зробили|мені звільнитися|чи звільнитися|чи розлучатися|"
          "чи виходити заміж|чи одружуватися|яку машину купити|яке авто купити|який телефон купити|який ноутбук купити|"
          "чи купувати біткоїн|чи варто інвестувати|куди інвестувати|в які акції|яку криптовалюту|"
          "за яку партію голосувати|за кого голосувати|за кого мені голосувати|за кого ти голосував|"
          "яка партія найкраща|яка партія краща|чи хороший мер|чи добрий мер|тобі подобається мер|чи хороший уряд|"
          "айфон чи андроїд|айфон чи самсунг|чи кинути роботу|чи варто кинути роботу|чи піти від чоловіка|"
          "чи піти від дружини|чи варто піти від",
    "ru": "что бы ты сделал|что бы ты сделала|что бы вы сделали|мне уволиться|стоит ли уволиться|стоит ли разводиться|"
          "развестись ли|выходить ли замуж|жениться ли|стоит ли жениться|какую машину купить|какой автомобиль купить|"
          "какой телефон купить|какой ноутбук купить|покупать ли биткоин|стоит ли инвестировать|куда инвестировать|"
          "какую криптовалюту|за какую партию голосовать|за кого голосовать|"
          "за кого мне голосовать|за кого ты голосовал|какая партия лучше|какая партия лучшая|хороший ли мэр|"
          "нравится ли тебе мэр|хорошее ли правительство|айфон или андроид|айфон или самсунг|стоит ли бросить работу|"
          "бросить ли работу|стоит ли уйти с работы|уйти ли с работы|стоит ли уйти от|уйти ли от мужа|уйти ли от жены|"
          "стоит ли бросить парня|стоит ли бросить девушку|стоит ли расстаться|расстаться ли",
    "ar": "ماذا كنت ستفعل|ماذا ستفعل لو كنت مكاني|لو كنت مكاني|هل يجب ان استقيل|هل استقيل|هل اترك عملي|هل اترك وظيفتي|"
          "هل اترك زوجي|هل اترك زوجتي|هل اترك حبيبي|هل اترك حبيبتي|هل اطلقها|هل اطلب الطلاق|هل يجب ان اتزوج|هل اتزوجه|"
          "هل اتزوجها|اي سيارة اشتري|ما السيارة التي اشتريها|اي هاتف اشتري|اي جوال اشتري|هل اشتري بيتكوين|"
          "هل اشتري اسهم|هل استثمر|هل يستحق الاستثمار|اين استثمر|اي سهم|اي الاسهم|اي عملة رقمية|لاي حزب اصوت|لمن اصوت|"
          "لمن يجب ان اصوت|اي حزب افضل|هل رئيس البلدية جيد|هل العمدة جيد|هل الحكومة جيدة|ايفون ام اندرويد|"
          "ايفون او سامسونج",
    "tr": "senin yerinde olsam|benim yerimde olsan|benim yerimde olsanız|benim yerimde olsaniz|ne yapardın|ne yapardin|"
          "ne yapardınız|ne yapardiniz|işten ayrılmalı mıyım|isten ayrilmali miyim|istifa etmeli miyim|"
          "işimi bırakmalı mıyım|isimi birakmali miyim|sevgilimden ayrılmalı mıyım|sevgilimden ayrilmali miyim|"
          "kocamdan ayrılmalı mıyım|kocamdan ayrilmali miyim|karımdan ayrılmalı mıyım|karimdan ayrilmali miyim|"
          "boşanmalı mıyım|bosanmali miyim|evlenmeli miyim|hangi arabayı almalıyım|hangi arabayi almaliyim|"
          "hangi arabayı alayım|hangi arabayi alayim|hangi telefonu almalıyım|hangi telefonu almaliyim|"
          "hangi telefonu alayım|hangi telefonu alayim|bitcoin almalı mıyım|bitcoin almali miyim|yatırım yapmalı mıyım|"
          "yatirim yapmali miyim|yatırım yapmaya değer mi|yatirim yapmaya deger mi|"
          "hangi kripto|hangi partiye oy|kime oy vermeliyim|kime oy vereyim|hangi parti daha iyi|hangi parti en iyi|"
          "belediye başkanı iyi mi|belediye baskani iyi mi|hükümet iyi mi|iphone mu android mi|iphone mu samsung mu",
    "fa": "تو جای من بودی|اگر جای من بودی|اگه جای من بودی|شما جای من بودید|چه کار می کردی|چیکار میکردی|"
          "استعفا بدم یا نه|استعفا بدهم یا نه|باید استعفا بدهم|از شوهرم جدا شوم یا نه|از شوهرم جدا بشم یا نه|"
          "از همسرم جدا شوم یا نه|از همسرم جدا بشم یا نه|از دوست پسرم جدا|از دوست دخترم جدا|طلاق بگیرم یا نه|"
          "باید طلاق بگیرم|ازدواج کنم یا نه|باهاش ازدواج کنم|چه ماشینی بخرم|کدام ماشین را بخرم|کدوم ماشین بخرم|"
          "چه گوشی بخرم|کدام گوشی بخرم|کدوم گوشی بخرم|بیت کوین بخرم|بیتکوین بخرم|سرمایه گذاری کنم یا نه|"
          "باید سرمایه گذاری کنم|کجا سرمایه گذاری کنم|ارزش سرمایه گذاری|کدام سهام|کدوم سهام|چه سهامی|کدام ارز دیجیتال|"
          "به کدام حزب رای بدهم|به کدوم حزب رای بدم|به چه کسی رای بدهم|به کی رای بدم|کدام حزب بهتر|کدوم حزب بهتر|"
          "شهردار خوب است|شهردار خوبه|دولت خوب است|دولت خوبه|ایفون یا اندروید|ایفون یا سامسونگ|کارم را ول کنم یا نه|"
          "کارمو ول کنم یا نه|باید کارم را ول کنم",
    "ps": "ته زما پر ځای وې|که زما پر ځای وې|ته به څه کول|استعفا ورکړم که نه|دنده پرېږدم که نه|دنده پریږدم که نه|"
          "طلاق واخلم که نه|واده وکړم که نه|کوم موټر واخلم|کوم موټر وپیرم|کوم ټیلیفون واخلم|کوم موبایل واخلم|"
          "بټکوین واخلم|پانګونه وکړم که نه|کومه ونډه|کوم ګوند ته رایه|کوم گوند ته رایه|چا ته رایه ورکړم|کوم ګوند ښه دی|"
          "ښاروال ښه دی|حکومت ښه دی|له مېړه مې جلا شم که نه|له میړه مې جلا شم که نه|له ښځې مې جلا شم که نه",
    "ckb": "ئەگەر لە جێی من بوویتایە|ئهگهر له جیی من بوویتایه|تۆ چیت دەکرد|تو چیت دهکرد|تەڵاق بدەم یان نا|"
           "تهلاق بدهم یان نا|هاوسەرگیری بکەم یان نا|هاوسهرگیری بکهم یان نا|کام ئۆتۆمبێل بکڕم|کام ئوتومبیل بکرم|"
           "کام مۆبایل بکڕم|کام موبایل بکرم|بیتکۆین بکڕم|بیتکوین بکرم|وەبەرهێنان بکەم|وهبهرهینان بکهم|کام پشک|"
           "دەنگ بە کام پارت|دهنگ به کام پارت|دەنگ بە کێ بدەم|دهنگ به کی بدهم|کام پارت باشترە|کام پارت باشتره|"
           "سەرۆکی شارەوانی باشە|سهروکی شارهوانی باشه|حکومەت باشە|حکومهت باشه|لە مێردەکەم جیا ببمەوە یان نا|"
           "له میردهکهم جیا ببمهوه یان نا|لە ژنەکەم جیا ببمەوە یان نا|له ژنهکهم جیا ببمهوه یان نا|"
           "دەست لە کار بکێشمەوە یان نا|دهست له کار بکیشمهوه یان نا|کارەکەم بەجێ بهێڵم یان نا|"
           "کارهکهم بهجی بهیلم یان نا",
    "pl": "co byś zrobił|co bys zrobil|co byś zrobiła|co bys zrobila|czy powinienem rzucić pracę|"
          "czy powinnam rzucić pracę|czy mam rzucić|czy zwolnić się|czy się rozwieść|czy wziąć ślub|czy się oświadczyć|"
          "jaki samochód kupić|jaki telefon kupić|jaki laptop kupić|czy kupić bitcoin|czy warto inwestować|"
          "w co inwestować|w jakie akcje|jaką kryptowalutę|na kogo głosować|na kogo glosowac|"
          "na którą partię|która partia jest najlepsza|która partia jest lepsza|czy burmistrz jest dobry|"
          "czy prezydent miasta jest dobry|czy rząd jest dobry|iphone czy android|iphone czy samsung|czy rzucić pracę|"
          "czy odejść od męża|czy odejść od żony|czy zerwać z|czy powinnam zerwać|czy powinienem zerwać|"
          "czy powinnam odejść od|czy powinienem odejść od",
    "ro": "ce ai face|ce ați face|ar trebui să demisionez|să demisionez sau nu|ar trebui să renunț la job|"
          "ar trebui să îmi las jobul|ar trebui să-mi las jobul|ar trebui să divorțez|să divorțez sau nu|"
          "ar trebui să mă despart|ar trebui să mă căsătoresc|să mă căsătoresc sau nu|să mă căsătoresc cu el|"
          "să mă căsătoresc cu ea|ce mașină să cumpăr|ce telefon să cumpăr|să cumpăr bitcoin|merită să investesc|"
          "în ce să investesc|ce criptomonedă|cu ce partid să votez|cu cine să votez|ce partid e mai bun|"
          "care partid e cel mai bun|primarul e bun|este primarul bun|guvernul e bun|iphone sau android|"
          "iphone sau samsung|ar trebui să îl părăsesc|ar trebui să o părăsesc|să îl părăsesc sau nu|"
          "să o părăsesc sau nu",
    "fr": "que ferais tu|tu ferais quoi|que feriez vous|dois je démissionner|devrais je démissionner|"
          "dois je quitter mon|devrais je quitter mon|dois je quitter ma|devrais je quitter ma|dois je divorcer|"
          "devrais je divorcer|dois je me marier avec|dois je l épouser|quelle voiture acheter|"
          "quelle voiture dois je acheter|quel téléphone acheter|quel ordinateur acheter|acheter du bitcoin|"
          "acheter des bitcoins|dois je investir|vaut il la peine d investir|où investir|quelles actions|"
          "quelle action acheter|quelle crypto*|pour quel parti voter|pour qui voter|pour qui dois je voter|"
          "quel parti est le meilleur|quel parti est meilleur|le maire est il bon|le maire est bon|"
          "le gouvernement est il bon|iphone ou android|iphone ou samsung",
    "es": "qué harías|qué haría usted|debería renunciar|debería dejar mi trabajo|debo dejar mi trabajo|"
          "debería divorciarme|debería casarme|qué coche compro|qué coche comprar|qué carro comprar|qué móvil comprar|"
          "qué teléfono comprar|comprar bitcoin|debería invertir|vale la pena invertir|en qué invertir|"
          "qué criptomoneda|a qué partido votar|a quién votar|por quién votar|qué partido es mejor|el alcalde es bueno|"
          "es bueno el alcalde|el gobierno es bueno|iphone o android|iphone o samsung|"
          "debo dejar a mi novio|debo dejar a mi novia|debería terminar con",
    "it": "cosa faresti|che faresti|cosa farebbe lei|dovrei licenziarmi|dovrei lasciare il lavoro|"
          "dovrei lasciare il mio lavoro|dovrei divorziare|quale auto comprare|che auto comprare|"
          "quale macchina comprare|che macchina comprare|quale telefono comprare|che telefono comprare|"
          "quale cellulare comprare|comprare bitcoin|dovrei investire|vale la pena investire|in cosa investire|"
          "quale criptovaluta|per quale partito votare|quale partito dovrei votare|per chi votare|"
          "per chi dovrei votare|quale partito è il migliore|quale partito è migliore|il sindaco è bravo|"
          "il sindaco è buono|il governo è buono|iphone o android|iphone o samsung|"
          "dovrei lasciare il mio ragazzo|dovrei lasciare la mia ragazza",
    "hr": "šta bi ti uradio|šta bi ti uradila|što bi ti učinio|što bi ti napravio|što bi ti napravila|"
          "da li da dam otkaz|trebam li dati otkaz|trebam li napustiti posao|da li da napustim posao|"
          "da li da se razvedem|trebam li se razvesti|da li da se udam|da li da se oženim|da li da se venčam|"
          "trebam li se udati|trebam li se oženiti|koji auto da kupim|koji auto kupiti|koji automobil da kupim|"
          "koji mobitel da kupim|koji mobitel kupiti|koji telefon da kupim|da kupim bitcoin|isplati li se ulagati|"
          "da li se isplati ulagati|u šta da uložim|u što uložiti|koje dionice|koju kriptovalutu|"
          "za koju stranku|za koju partiju|za koga da glasam|za koga glasati|koja je stranka najbolja|"
          "koja stranka je bolja|je li gradonačelnik dobar|da li je gradonačelnik dobar|je li vlada dobra|"
          "da li je vlada dobra|iphone ili android|iphone ili samsung|"
          "trebam li prekinuti s|da li da raskinem|trebam li raskinuti",
    "sr": "шта би ти урадио|шта би ти урадила|да ли да дам отказ|да ли да напустим посао|да ли да се разведем|"
          "да ли да се удам|да ли да се оженим|да ли да се венчам|који ауто да купим|који ауто купити|"
          "који телефон да купим|да купим биткоин|да ли се исплати улагати|у шта да уложим|"
          "коју криптовалуту|за коју странку|за коју партију|за кога да гласам|за кога гласати|која странка је најбоља|"
          "да ли је градоначелник добар|да ли је влада добра|ајфон или андроид|да ли да раскинем",
    "el": "τι θα έκανες|τι θα κάνατε εσείς|πρέπει να παραιτηθώ|να παραιτηθώ ή όχι|πρέπει να αφήσω τη δουλειά|"
          "να παρατήσω τη δουλειά|πρέπει να χωρίσω|να χωρίσω ή όχι|πρέπει να πάρω διαζύγιο|πρέπει να παντρευτώ|"
          "να παντρευτώ ή όχι|να τον παντρευτώ|να την παντρευτώ|ποιο αυτοκίνητο να αγοράσω|τι αυτοκίνητο να αγοράσω|"
          "ποιο κινητό να αγοράσω|τι κινητό να πάρω|να αγοράσω bitcoin|πρέπει να επενδύσω|αξίζει να επενδύσω|"
          "σε τι να επενδύσω|ποιες μετοχές|ποιο κρυπτονόμισμα|ποιο κόμμα να ψηφίσω|ποιον να ψηφίσω|"
          "ποιο κόμμα είναι καλύτερο|ποιο κόμμα είναι το καλύτερο|είναι καλός ο δήμαρχος|ο δήμαρχος είναι καλός|"
          "είναι καλή η κυβέρνηση|iphone ή android",
    "bg": "какво би направил|какво би направила|какво бихте направили|дали да напусна работа|"
          "дали да напусна работата си|да напусна ли работата си|дали да се разведа|дали да се омъжа|дали да се оженя|"
          "трябва ли да се омъжа|трябва ли да се оженя|коя кола да купя|каква кола да купя|кой телефон да купя|"
          "какъв телефон да купя|да купя биткойн|да инвестирам ли|дали да инвестирам|струва ли си да инвестирам|"
          "в какво да инвестирам|кои акции|коя криптовалута|за коя партия да гласувам|за кого да гласувам|"
          "коя партия е най добра|коя партия е по добра|добър ли е кметът|кметът добър ли е|добро ли е правителството|"
          "iphone или android|айфон или андроид|дали да се разделя",
    "cs": "co bys udělal|co bys udělala|co byste udělal|mám dát výpověď|mám se rozvést|mám se vdát|mám se oženit|"
          "jaké auto koupit|jaké auto si koupit|jaký telefon koupit|jaký mobil koupit|koupit bitcoin|mám investovat|"
          "vyplatí se investovat|do čeho investovat|jaké akcie|kterou kryptoměnu|kterou stranu volit|"
          "kterou stranu mám volit|koho volit|koho mám volit|která strana je nejlepší|která strana je lepší|"
          "je starosta dobrý|je primátor dobrý|je vláda dobrá|iphone nebo android|iphone nebo samsung|"
          "mám se rozejít|mám odejít z práce|mám dát výpověď v práci",
    "nl": "wat zou jij doen|wat zou je doen|wat zou u doen|moet ik ontslag nemen|zal ik ontslag nemen|moet ik scheiden|"
          "zal ik trouwen|welke auto moet ik kopen|welke auto zal ik kopen|"
          "welke telefoon moet ik kopen|welke telefoon zal ik kopen|bitcoin kopen|moet ik beleggen|moet ik investeren|"
          "is het de moeite om te beleggen|waarin beleggen|welke aandelen|welke crypto*|op welke partij|"
          "welke partij moet ik stemmen|op wie moet ik stemmen|op wie zal ik stemmen|welke partij is het beste|"
          "welke partij is beter|is de burgemeester goed|is de regering goed|iphone of android|iphone of samsung|"
          "moet ik mijn baan opzeggen|moet ik stoppen met mijn werk|moet ik mijn vriend verlaten|"
          "moet ik mijn vriendin verlaten|moet ik mijn man verlaten|moet ik mijn vrouw verlaten|moet ik het uitmaken|"
          "zal ik het uitmaken",
    "hu": "mit tennél|mit tenne ön|a helyemben|felmondjak e|otthagyjam a munkám|otthagyjam a munkahelyem|"
          "szakítsak vele|elhagyjam a férjem|elhagyjam a feleségem|elhagyjam a barátom|elhagyjam a barátnőm|elváljak e|"
          "el kellene válnom|férjhez menjek e|megnősüljek e|milyen autót vegyek|melyik autót vegyek|"
          "milyen telefont vegyek|melyik telefont vegyek|vegyek bitcoint|befektessek e|megéri befektetni|"
          "mibe fektessek|milyen részvény|melyik részvény|melyik kriptovaluta|melyik pártra szavazzak|kire szavazzak|"
          "melyik párt a legjobb|melyik párt jobb|jó a polgármester|jó e a polgármester|jó a kormány|"
          "iphone vagy android|iphone vagy samsung",
    "zh": "换作是你|如果你是我|该不该辞职|要不要辞职|我应该辞职|该不该离婚|要不要离婚|我应该离婚|该不该分手|要不要分手|"
          "我应该分手|该不该结婚|要不要结婚|我应该结婚|买什么车|买哪辆车|买哪款车|买什么手机|买哪款手机|买哪个手机|"
          "要不要买比特币|该不该投资|值得投资吗|投资什么|买哪只股票|哪只股票|哪个股票|买什么股票|哪种加密货币|投票给谁|"
          "投给谁|投票给哪|投给哪个|选哪个党|投哪个政党|我该选谁|我应该选谁|投哪个党|哪个政党好|哪个党好|市长好不好|"
          "市长怎么样|政府好不好|苹果还是安卓",
    "pt": "o que você faria|o que farias|devo pedir demissão|devo largar meu emprego|devo largar o meu emprego|"
          "devo deixar meu emprego|devo deixar o meu emprego|devo largar meu trabalho|devo me divorciar|"
          "devo divorciar me|devo me casar com|devo casar com|que carro devo comprar|qual carro comprar|"
          "que carro comprar|qual celular comprar|que telemóvel comprar|comprar bitcoin|devo investir|"
          "vale a pena investir|em que investir|qual criptomoeda|em que partido votar|"
          "em qual partido votar|em quem votar|em quem devo votar|qual partido é melhor|o prefeito é bom|"
          "o presidente da câmara é bom|o governo é bom|iphone ou android|iphone ou samsung|devo terminar com|"
          "devo deixar meu marido|devo deixar minha esposa|devo deixar o meu marido|devo deixar a minha mulher|"
          "devo largar meu namorado|devo largar minha namorada",
    "sq": "çfarë do të bëje|a duhet të jap dorëheqje|a duhet ta lë punën|a duhet të divorcohem|a duhet të martohem|"
          "çfarë makine të blej|cilën makinë të blej|ciln makine te blej|cilin telefon të blej|të blej bitcoin|"
          "a duhet të investoj|ia vlen të investoj|cilën kriptomonedhë|për cilën parti|për kë të votoj|"
          "cila parti është më e mira|a është i mirë kryetari|a është e mirë qeveria|iphone apo android|"
          "iphone apo samsung|a duhet ta lë të dashurin|a duhet ta lë të dashurën|a duhet ta lë burrin|"
          "a duhet ta lë gruan",
    "vi": "nếu bạn là tôi|tôi có nên nghỉ việc|có nên nghỉ việc|tôi có nên bỏ việc|có nên bỏ việc|có nên ly hôn|"
          "có nên chia tay|có nên cưới|có nên kết hôn|có nên lấy anh ấy|có nên lấy cô ấy|nên mua xe nào|mua xe gì|"
          "nên mua điện thoại nào|mua điện thoại gì|có nên mua bitcoin|có nên đầu tư|đầu tư vào đâu|cổ phiếu nào|"
          "mua cổ phiếu gì|tiền ảo nào|tiền điện tử nào|bầu cho ai|bỏ phiếu cho ai|bầu cho đảng nào|"
          "bỏ phiếu cho đảng nào|đảng nào tốt hơn|đảng nào tốt nhất|thị trưởng có tốt không|chính phủ có tốt không|"
          "iphone hay android|iphone hay samsung",
    "ku": "tu li şûna min bûyayî|ku tu li şûna min|bizewicim an na|divê ez bizewicim|kîjan erebe bikirim|"
          "kîjan telefon bikirim|bitcoin bikirim|veberhênan bikim|kîjan pişk|dengê xwe bidim kîjan|kîjan partiyê|"
          "ez dengê xwe bidim kê|ez ji kê re deng bidim|şaredar baş e|hikûmet baş e|divê ez ji mêrê xwe veqetim|"
          "divê ez ji jina xwe veqetim|ji mêrê xwe veqetim an na|ji jina xwe veqetim an na|"
          "divê ez ji hevalê xwe veqetim|divê ez ji hevala xwe veqetim|divê ez dev ji karê xwe berdim|"
          "dev ji karê xwe berdim an na",
    "ti": "ኣብ ክንዳይ እንተትኸውን|ስራሐይ ክገድፎ|ካብ ስራሕ ክወጽእ|ሰብኣየይ ክገድፎ|ሰበይተይ ክገድፋ|ኣየናይ መኪና ክዕድግ|ኣየናይ ተሌፎን ክዕድግ|"
          "ኣብ ምንታይ ከውፍር|ንመን ክመርጽ|ንኣየናይ ሰልፊ ክመርጽ|ኣየናይ ሰልፊ ይሓይሽ|ከንቲባ ጽቡቕ ድዩ|መንግስቲ ጽቡቕ ድዩ",
    "so": "adiga maxaad samayn lahayd|haddii aad aniga ahaan lahayd|shaqada ma ka tagaa|shaqada ma iska dhaafaa|"
          "ninkayga ma ka tagaa|naagtayda ma ka tagaa|ma guursadaa|gaadhigee baan iibsadaa|"
          "gaarigee baan iibsadaa|taleefankee baan iibsadaa|bitcoin ma iibsadaa|ma maalgashadaa|saamigee|"
          "xisbigee baan u codeeyaa|xisbiga aan u codeeyo|yaan u codeeyaa|yaa u codeeyaa|"
          "duqa magaaladu ma fiican yahay|dowladdu ma fiican tahay",
    # Amharic: "should I …" only with "or" ("ወይስ") or "would it be better" ("… ይሻላል"): the bare "ስራዬን
    # ልልቀቅ" is also "I am about to quit" ("… ነው"), and "ስራዬን ብለቅ" (if I quit) asks about a residence permit.
    "am": "በእኔ ቦታ ብትሆን|በኔ ቦታ ብትሆን|በእኔ ቦታ ብትሆኚ|በኔ ቦታ ብትሆኚ|በእኔ ቦታ ቢሆኑ|በኔ ቦታ ቢሆኑ|እኔን ብትሆን|እኔን ብትሆኚ|"
          "አንተ ምን ታደርግ ነበር|አንቺ ምን ታደርጊ ነበር|እርስዎ ምን ያደርጉ ነበር|ስራዬን ልልቀቅ ወይስ|ሥራዬን ልልቀቅ ወይስ|"
          "ስራዬን ልተው ወይስ|ሥራዬን ልተው ወይስ|ስራዬን ብለቅ ይሻላል|ሥራዬን ብለቅ ይሻላል|ስራዬን ብተው ይሻላል|ሥራዬን ብተው ይሻላል|"
          "ስራዬን ልቀይር ወይስ|ሥራዬን ልቀይር ወይስ|ስራዬን ብቀይር ይሻላል|ሥራዬን ብቀይር ይሻላል|ስራ ብቀይር ይሻላል|ሥራ ብቀይር ይሻላል|"
          "ባሌን ልተወው ወይስ|ባሌን ብተወው ይሻላል|ባለቤቴን ልተው ወይስ|ባለቤቴን ብተው ይሻላል|ሚስቴን ልተዋት ወይስ|"
          "ሚስቴን ብተዋት ይሻላል|ፍቅረኛዬን ልተው ወይስ|ፍቅረኛዬን ብተው ይሻላል|የትኛውን መኪና ልግዛ|ምን አይነት መኪና ልግዛ|"
          "ምን ዓይነት መኪና ልግዛ|የትኛው መኪና ይሻላል|የትኛውን ስልክ ልግዛ|ምን አይነት ስልክ ልግዛ|ምን ዓይነት ስልክ ልግዛ|"
          "የትኛው ስልክ ይሻላል|የትኛውን ላፕቶፕ ልግዛ|መኪና ልግዛ ወይስ|ቤት ልግዛ ወይስ|ቤት ብገዛ ይሻላል|ቢትኮይን ልግዛ|"
          "አይፎን ወይስ አንድሮይድ|አይፎን ወይስ ሳምሰንግ|በምን ኢንቨስት ላድርግ|የት ኢንቨስት ላድርግ|ኢንቨስት ባደርግ ይሻላል|"
          "ኢንቨስት ማድረግ ያዋጣል|የትኛውን አክሲዮን ልግዛ|የትኛው አክሲዮን|አክሲዮን ልግዛ|የትኛውን ክሪፕቶ|ለየትኛው ፓርቲ ልምረጥ|"
          "ለየትኛው ፓርቲ ድምጽ ልስጥ|ለየትኛው ፓርቲ ድምፅ ልስጥ|የትኛውን ፓርቲ ልምረጥ|ማንን ልምረጥ|ለማን ድምጽ ልስጥ|ለማን ድምፅ ልስጥ|"
          "የትኛውን እጩ ልምረጥ|ለየትኛው እጩ ድምጽ ልስጥ|ለየትኛው እጩ ድምፅ ልስጥ|ድምጼን ለማን ልስጥ|ድምፄን ለማን ልስጥ|"
          "የትኛው ፓርቲ ይሻላል|የትኛው ፓርቲ ጥሩ ነው|ከንቲባው ጥሩ ነው|ከንቲባዋ ጥሩ ናት|ከንቲባው ጥሩ ስራ|ከንቲባው ጥሩ ሥራ|"
          "መንግስት ጥሩ ነው|መንግሥት ጥሩ ነው|ስለ ከንቲባው ምን ታስባለህ|ስለ ከንቲባው ምን ይመስልሃል|ስለ መንግስት ምን ታስባለህ|"
          "ስለ መንግሥት ምን ታስባለህ",
}

# Places and beings that cannot be in a town's records: the Moon and planets,
# outer space, fictional lands, dragons, unicorns, dinosaurs, aliens,
# mermaids, zombies, vampires, werewolves, elves, wizards and witches, ghosts,
# Santa Claus, the Easter Bunny, superheroes. A message holding one is declined.
FANTASY = {
    "de": "mondbasis|mondlandung|mondrakete|mondoberfläche|auf dem mars|auf den mars|zum mars|vom mars|planet mars|"
          "marsmensch*|marsmännchen|marsianer*|jupiter|weltraum*|weltall|raumstation*|raumschiff*|raumfähre|"
          "raumkapsel|astronaut*|galaxie*|atlantis|narnia|hogwarts|mordor|mittelerde|auenland|hobbit*|drache|einhorn*|"
          "dinosaurier*|tyrannosaurus|außerirdisch*|ausserirdisch*|ufo|ufos|meerjungfrau*|zombie*|vampir*|werwolf|"
          "werwölfe|elfe|elfen|hexe|hexen|gespenst*|spukhaus|weihnachtsmann|osterhase*|zahnfee|superman|spiderman|"
          "spider man|wonder woman|captain america|harry potter|gandalf|yeti|bigfoot|der mond|den mond|dem mond|"
          "des mondes|auf dem mond|zum mond|vom mond|planet venus|auf der venus",
    "en": "the moon|moons|lunar base|moon base|moon landing|on mars|to mars|from mars|planet mars|martian*|jupiter|"
          "outer space|space station*|spaceship*|spacecraft|space shuttle|astronaut*|atlantis|narnia|hogwarts|mordor|"
          "middle earth|hobbit*|dragon|dragons|unicorn*|dinosaur*|t rex|tyrannosaur*|extraterrestrial*|space alien*|"
          "alien invasion|alien abduction|abducted by aliens|little green men|ufo|ufos|mermaid*|zombie*|vampire*|"
          "werewol*|elves|sorcerer*|witch|witches|ghost|ghosts|haunted|santa claus|father christmas|easter bunny|"
          "tooth fairy|superman|spiderman|spider man|wonder woman|captain america|harry potter|gandalf|bigfoot|yeti|"
          "loch ness monster|leprechaun*|goblin*|planet venus|on venus|to venus",
    "uk": "полетіти на місяць|політ на місяць|висадка на місяць|на поверхні місяця|жити на місяці|місячн* баз*|марс|"
          "марсі|марсу|марсіан*|юпітер*|на венері|на венеру|планета венера|космос|космосі|у космос|в космос|"
          "космічн* станці*|космічн* корабл*|астронавт*|космонавт*|атлантид*|нарні*|хогвартс*|гогвортс*|мордор*|"
          "середзем я|середземя|дракон*|єдиноріг|єдинорог*|динозавр*|інопланет*|прибульц*|прибулець|русалк*|зомбі|"
          "вампір*|перевертень|перевертня|перевертні|ельф*|відьм*|привид*|дід мороз*|санта клаус*|великодн* зайч*|"
          "великодн* кролик*|супермен*|людина павук*|гаррі поттер*",
    "ru": "луна|луну|луне|луной|луны|лунн* баз*|марс|марсе|марса|марсиан*|юпитер*|на венере|на венеру|планета венера|"
          "космос|космосе|в космос|космическ* станци*|космическ* корабл*|звездолет*|астронавт*|космонавт*|атлантид*|"
          "нарни*|хогвартс*|мордор*|средиземье|дракон*|единорог*|динозавр*|инопланет*|пришелец|пришельц*|русалк*|"
          "зомби|вампир*|оборотень|оборотня|оборотни|оборотнем|оборотней|эльф*|волшебник*|ведьм*|привидени*|призрак*|"
          "дед мороз*|санта клаус*|пасхальн* заяц|пасхальн* зайц*|пасхальн* кролик*|супермен*|человек паук*|"
          "гарри поттер*",
    "ar": "القمر|على القمر|الى القمر|للقمر|سطح القمر|المريخ|كوكب المريخ|كوكب المشتري|كوكب الزهرة|الفضاء الخارجي|"
          "محطة فضائية|محطة الفضاء|سفينة فضائية|مركبة فضائية|رائد فضاء|رواد الفضاء|السفر الى الفضاء|اطلانتس|اتلانتس|"
          "اتلانتيس|اطلانتيس|نارنيا|هوجوورتس|هوغوورتس|هوجورتس|موردور|الارض الوسطى|تنين|التنين|تنانين|يونيكورن|"
          "حصان وحيد القرن|الحصان وحيد القرن|ديناصور*|الديناصور*|كائنات فضائية|كائن فضائي|الفضائيين|مخلوقات فضائية|"
          "حورية البحر|حوريات البحر|زومبي|مصاص دماء|مصاصي دماء|مصاص الدماء|مصاصي الدماء|لمصاص دماء|لمصاصي الدماء|"
          "ومصاصي الدماء|مستذئب*|المستذئب*|شبح|اشباح|الشبح|الاشباح|بابا نويل|سانتا كلوز|ارنب الفصح|سوبرمان|سبايدرمان|"
          "الرجل العنكبوت|هاري بوتر|بالقمر|والقمر|للمريخ|بالمريخ|والمريخ|والتنين|بالتنين|للتنين|لديناصور|"
          "وحوريات البحر|للزومبي",
    "tr": "ay yüzeyi|ay üssü|aya gitmek|aya gidebilir|aya seyahat|mars gezegen*|mars a git*|mars a gid*|"
          "mars a yolculuk*|mars a seyahat*|mars ta yaşa*|mars ta ikamet*|mars ta otur*|marsta|marslı*|marsli*|"
          "jüpiter*|uzay|uzayda|uzaya|uzay istasyon*|uzay gemi*|astronot*|atlantis|narnia|hogwarts|mordor|orta dünya|"
          "ejderha*|tek boynuzlu at|tek boynuzlu atı|tek boynuzlu atlar|unicorn|dinozor*|uzaylı*|uzayli*|deniz kızı|"
          "deniz kizi|denizkızı*|denizkizi*|zombi*|vampir*|kurt adam*|kurtadam*|elfler|büyücü*|cadı|cadılar|cadi|"
          "cadilar|hayalet*|noel baba*|paskalya tavşan*|süpermen|superman|örümcek adam|spiderman|harry potter|"
          "venüs gezegeni|venüs te|venüste",
    "fa": "کره ماه|کره ی ماه|کرهی ماه|سطح ماه|سفر به ماه|مریخ|سیاره مشتری|سیاره زهره|فضای بیرونی|فضای خارج|"
          "سفینه فضایی|ایستگاه فضایی|فضانورد*|سفر به فضا|اتلانتیس|نارنیا|هاگوارتز|موردور|سرزمین میانه|اژدها*|"
          "اسب تک شاخ|تکشاخ|تک شاخ|دایناسور*|دیناسور*|آدم فضایی|آدم فضایی ها|موجودات فضایی|موجود فضایی|پری دریایی|"
          "زامبی|خون آشام*|خوناشام*|گرگینه*|جادوگر*|شبح|ارواح سرگردان|بابانوئل|بابا نوئل|خرگوش عید پاک|سوپرمن|"
          "مرد عنکبوتی|اسپایدرمن|هری پاتر",
    "ps": "په سپوږمۍ کې|پر سپوږمۍ|سپوږمۍ ته سفر|مریخ|فضايي سټیشن|فضایي سټیشن|فضايي بېړۍ|فضایي بیړۍ|فضانورد*|اتلانتس|"
          "نارنیا|هاګوارټس|هاگوارتس|موردور|ښامار|اژدها|ډایناسور*|ډیناسور*|ډاینوسور*|زومبي|زومبی|ویمپایر|ویمپائر|"
          "یونیکورن|بابا نوئل|سوپرمین|سپرمین|هري پوټر|هاري پوټر",
    "ckb": "سەر ڕووی مانگ|سهر رووی مانگ|گەشت بۆ مانگ|گهشت بو مانگ|مەریخ|مهریخ|مریخ|بۆشایی ئاسمان|بوشایی ئاسمان|"
           "وێستگەی ئاسمانی|ویستگهی ئاسمانی|کەشتی ئاسمانی|کهشتی ئاسمانی|ئاسمانەوان*|ئاسمانهوان*|ئەتلانتیس|ئهتلانتیس|"
           "نارنیا|هۆگوارتس|هوگوارتس|مۆردۆر|موردور|ئەژدیها*|ئهژدیها*|ئەژدەها*|ئهژدهها*|دایناسۆر*|دایناسور*|یونیکۆرن|"
           "یونیکورن|زۆمبی|زومبی|ڤامپایەر*|ڤامپایر*|وامپایر*|جادووگەر*|جادووگهر*|تارمایی*|بابانۆئێل|بابانوئیل|"
           "بابا نوئیل|پەری دەریایی|پهری دهریایی|سوپەرمان|سوپهرمان|هاری پۆتەر|هاری پوتهر",
    "pl": "księżyc*|na marsa|na marsie|planeta mars|planecie mars|marsjan*|jowisz*|wenus*|kosmos|w kosmos|w kosmosie|"
          "stacj* kosmiczn*|statek kosmiczny|statku kosmicznym|statkiem kosmicznym|astronaut*|kosmonaut*|atlantyd*|"
          "narni*|hogwart*|mordor*|śródziemi*|smok|smoka|smoki|smokiem|smoku|smoków|jednoroż*|dinozaur*|kosmit*|"
          "ufoludk*|syrenk*|zombie|zombi|wampir*|wilkołak*|wilkolak*|elfy|elfów|elfa|czarodziej*|czarownic*|upiór|"
          "upiory|upior*|straszydł*|święty mikołaj|swiety mikolaj|świętego mikołaja|swietego mikolaja|"
          "zajączek wielkanocny|superman|spiderman|spider man|harry potter*",
    "ro": "aselenizare|baza lunară|suprafața lunii|pe marte|planeta marte|marte|marțian*|jupiter|spațiul cosmic|"
          "cosmos|stația spațială|navă spațială|astronaut*|cosmonaut*|atlantida|narnia|hogwarts|mordor|"
          "pământul de mijloc|dragon|dragoni|dragonul|dragonului|balaur*|unicorn*|inorog*|dinozaur*|extraterestr*|"
          "zombi|zombie|vampir*|vârcolac*|spiriduș*|vrăjitoar*|fantom*|moș crăciun*|iepurașul de paște|superman|"
          "spiderman|omul păianjen|harry potter|planeta venus|pe venus",
    "fr": "sur la lune|vers la lune|aller sur la lune|base lunaire|alunissage|planète mars|aller sur mars|"
          "vivre sur mars|habiter sur mars|martien*|jupiter|station spatiale|vaisseau spatial|vaisseaux spatiaux|"
          "navette spatiale|fusée spatiale|astronaute*|cosmonaute*|espace interstellaire|atlantide|narnia|poudlard|"
          "hogwarts|mordor|terre du milieu|dragon|dragons|licorne*|dinosaure*|extraterrestre*|zombie*|vampire*|"
          "loup garou|loups garous|elfe|elfes|sorcier*|sorcière*|fantôme*|père noël|lapin de pâques|superman|"
          "spiderman|spider man|harry potter|planète vénus|sur vénus",
    "es": "a la luna|viajar a la luna|base lunar|alunizaje|superficie lunar|marte|jupiter|espacio exterior|"
          "estación espacial|nave espacial|naves espaciales|transbordador espacial|astronauta*|atlántida|narnia|"
          "hogwarts|mordor|tierra media|dragón|dragones|unicornio*|dinosaurio*|extraterrestre*|marciano*|zombi*|"
          "vampiro*|hombre lobo|hombres lobo|elfo|elfos|bruja|brujas|fantasma*|papá noel|santa claus|conejo de pascua|"
          "superman|spiderman|hombre araña|harry potter|planeta venus|en venus",
    "it": "sulla luna|andare sulla luna|base lunare|allunaggio|marte|giove|venere|spazio cosmico|stazione spaziale|"
          "astronave*|navicella spaziale|astronauta*|atlantide|narnia|hogwarts|mordor|terra di mezzo|un drago|"
          "il drago|drago sputafuoco|unicorno*|dinosaur*|extraterrestr*|alieno|alieni|zombi*|vampir*|lupo mannaro|"
          "lupi mannari|elfo|elfi|strega|streghe|fantasma*|fantasmi|babbo natale|coniglio pasquale|superman|spiderman|"
          "uomo ragno|harry potter",
    "hr": "na marsu|na mars|planet mars|planeta mars|marsovac*|marsovc*|jupiter*|na veneri|planet venera|"
          "planeta venera|svemir*|kosmos|svemirsk* stanic*|astronaut*|kozmonaut*|atlantid*|narnij*|hogwarts*|mordor*|"
          "jednorog*|dinosaur*|vanzemalj*|zombi*|zombij*|vampir*|vukodlak*|vilenjak*|čarobnjak*|vještic*|veštic*|"
          "djed mraz*|deda mraz*|djeda mraza|djed božićnjak*|uskrsni zec*|supermen|superman|spajdermen|spiderman|"
          "hari poter|harry potter",
    "sr": "марс|марсу|марса|марсовац*|марсовц*|јупитер*|на венери|планета венера|свемир*|космос|свемирск* станиц*|"
          "астронаут*|космонаут*|атлантид*|нарниј*|хогвортс*|мордор*|једнорог*|диносаур*|ванземаљ*|зомби*|вампир*|"
          "вукодлак*|вилењак*|чаробњак*|вештиц*|деда мраз*|ускршњи зец*|супермен*|спајдермен*|хари потер*",
    "el": "φεγγάρι|φεγγάρια|στη σελήνη|σεληνιακ*|αρειαν*|διαστημικ*|διαστημόπλοι*|αστροναύτ*|κοσμοναύτ*|ατλαντίδα|"
          "νάρνια|χόγκουαρτς|μόρντορ|μέση γη|δράκο|δράκοι|δράκου|δράκων|δράκος|μονόκερ*|δεινόσαυρ*|εξωγήιν*|γοργόνα|"
          "γοργόνες|ζόμπι|βρικόλακ*|βαμπίρ*|λυκάνθρωπ*|ξωτικ*|μάγισσ*|φάντασμα*|πασχαλινό κουνελάκι|σούπερμαν|"
          "σπάιντερμαν|χάρι πότερ",
    "bg": "луна|луната|на луната|марс|марса|на марс|марсианц*|юпитер*|на венера|планета венера|космос|космоса|"
          "в космоса|космическ* станци*|космическ* кораб*|астронавт*|космонавт*|атлантид*|нарни*|хогуортс*|мордор*|"
          "средната земя|дракон*|еднорог*|динозавр*|извънземн*|русалк*|зомби|вампир*|върколак*|елф*|магьосни*|вещиц*|"
          "призрак*|дядо коледа|великденски заек|великденско зайче|супермен*|спайдърмен*|хари потър",
    "cs": "na měsíci|na marsu|na mars|planeta mars|planetu mars|marťan*|jupiter*|venuše|venuši|vesmír*|"
          "kosmick* stanic*|vesmírn* stanic*|vesmírn* lod*|kosmick* lod*|astronaut*|kosmonaut*|atlantid*|narni*|"
          "bradavicích|hogwarts|mordor*|středozem|středozemi|jednorož*|dinosaur*|mimozemšť*|mimozemsk*|mořsk* pann*|"
          "zombie|zombi*|upír*|vampýr*|vlkodlak*|elfové|elfa|elfy|čaroděj*|strašidl*|děda mráz|santa claus|"
          "velikonoční zajíč*|superman|spiderman|harry potter*",
    "nl": "maan|de maan|op de maan|maanbasis|maanlanding|de planeet mars|op mars|naar mars|marsmannetje*|marsbewoner*|"
          "jupiter|ruimtestation*|ruimteschip*|ruimteschepen|ruimtevaarder*|astronaut*|atlantis|narnia|zweinstein|"
          "hogwarts|mordor|midden aarde|middenaarde|draak|draken|eenhoorn*|dinosaur*|buitenaard*|zeemeermin*|zombie*|"
          "vampier*|weerwol*|tovenaar*|heks|heksen|spook|spookhuis|spookje*|kerstman|paashaas|superman|spiderman|"
          "harry potter|planeet venus|op venus",
    "hu": "holdon|holdra|holdbázis|holdraszállás|marson|marsra|marslak*|a mars bolygó|jupiter*|vénusz*|űrállomás*|"
          "űrhajó*|világűr*|űrhajós*|atlantisz*|narnia|roxfort*|hogwarts|mordor|középfölde*|egyszarvú*|unikornis*|"
          "dinoszaur*|földönkívül*|hableány*|zombi*|vámpír*|vérfarkas*|varázsló*|boszorkány*|kísértet*|télapó|mikulás|"
          "húsvéti nyúl*|húsvéti nyuszi*|superman|szuperman|pókember*|harry potter*",
    "zh": "月球|月亮上|登月|火星|木星|金星|外太空|太空站|空间站|宇宙飞船|飞船|亚特兰蒂斯|纳尼亚|霍格沃茨|魔多|中土世界|巨龙|恶龙|喷火龙|独角兽|恐龙|外星人|外星生物|美人鱼|僵尸|吸血鬼|狼人|精灵|"
          "巫师|女巫|魔法师|鬼魂|幽灵|闹鬼|圣诞老人|复活节兔|蝙蝠侠|超人|蜘蛛侠|哈利波特",
    "pt": "ir à lua|ir para a lua|viver na lua|base lunar|alunissagem|marte|júpiter|espaço sideral|espaço exterior|"
          "estação espacial|nave espacial|astronauta*|atlântida|narnia|hogwarts|mordor|terra média|dragão|dragões|"
          "unicórnio*|dinossauro*|extraterrestre*|alienígena*|marciano*|sereia*|zumbi*|vampiro*|lobisomem|lobisomens|"
          "elfo|elfos|bruxa|bruxas|feiticeir*|fantasma*|papai noel|pai natal|coelhinho da páscoa|coelho da páscoa|"
          "superman|homem aranha|harry potter|planeta vênus|em vênus",
    "sq": "planeti mars|planetin mars|jupiter*|hapësira kozmike|hapësirë kozmike|stacion* hapësinor*|anije kozmike|"
          "anija kozmike|astronaut*|kozmonaut*|atlantida|narnia|hogwarts|mordor|dragua|dragoi|dragonj*|njëbrirësh*|"
          "dinozaur*|jashtëtokësor*|zombi*|vampir*|magjistar*|shtrig*|fantazm*|babagjysh*|babadimri|baba dimri|"
          "lepuri i pashkëve|superman|spiderman|harry potter",
    # Word pairs: without marks "rồng" (dragon) is "rong", like "rộng" (wide).
    "vi": "trên mặt trăng|lên mặt trăng|đến mặt trăng|mặt trăng có|trên sao hỏa|lên sao hỏa|trên sao mộc|trên sao kim|"
          "vũ trụ|trạm vũ trụ|tàu vũ trụ|phi hành gia|atlantis|narnia|hogwarts|mordor|trung địa|rồng lửa|con kỳ lân|"
          "khủng long|người ngoài hành tinh|ngoài hành tinh|nàng tiên cá|xác sống|thây ma|ma cà rồng|người sói|"
          "yêu tinh|phù thủy|bóng ma|ông già noel|thỏ phục sinh|siêu nhân|người nhện|harry potter",
    "ku": "li ser heyvê|li ser hîvê|mirîx|gerstêrka mars|fezayê|li fezayê|keştiya fezayê|stasyona fezayê|atlantis|"
          "narnia|hogwarts|mordor|ejderha*|ejdeha*|dînozor*|zombî|vampîr*|sêrbaz*|noel baba|bavê noelê|superman|"
          "harry potter",
    "ti": "ማርስ|ህዋ|ኣብ ህዋ|ኣትላንቲስ|ናርኒያ|ሆግዋርትስ|ሞርዶር|ድራጎን|ዳይኖሶር|ዳይኖሰር|ቫምፓየር|ዞምቢ|ሳንታ ክላውስ|ኣቦ ልደት|ሱፐርማን|ሃሪ ፖተር",
    "so": "dayaxa dushiisa|dusha dayaxa|meeraha mars|meeraha jupiter|hawada sare|atlantis|narnia|hogwarts|mordor|"
          "masduulaa*|diinosoor*|dinosoor*|dinosaur*|zombi*|vampire*|santa claus|aabaha kirismaska|superman|"
          "harry potter",
    # Amharic: the Moon only "on"/"to" it ("ቀይ ጨረቃ" is the Red Crescent), no "ዘንዶ" (dragon, also
    # python), no "መጻተኛ" (alien, also foreigner); "ጠፈር" (space, also firmament, ceiling) only in
    # astronaut, space station and spaceship.
    "am": "ጨረቃ ላይ|በጨረቃ ላይ|ወደ ጨረቃ|ማርስ|በማርስ|ጁፒተር|በጁፒተር|ህዋ|ሕዋ|በህዋ|በሕዋ|የህዋ|የሕዋ|ጠፈርተኛ*|የጠፈር ጣቢያ|"
          "የጠፈር መንኮራኩር|ከሌላ ፕላኔት|የሌላ ፕላኔት|አትላንቲስ|ናርኒያ|ሆግዋርትስ|ሞርዶር|ድራጎን|ድራጎኖች|ዩኒኮርን|ዳይኖሰር|"
          "ዳይኖሶር|ዳይኖሰሮች|ዞምቢ|ዞምቢዎች|ቫምፓየር|ቫምፓየሮች|የገና አባት|ሳንታ ክላውስ|የፋሲካ ጥንቸል|ሱፐርማን|ስፓይደርማን|"
          "ሃሪ ፖተር|ሀሪ ፖተር",
}
