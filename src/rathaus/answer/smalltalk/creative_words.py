"""Words that mark a message as asking for a creative text a town's documents
can never provide — a poem, a song, a joke, a fairy tale, a love letter —
often about an administrative matter ("Kannst du ein Lied über meinen
Aufenthaltstitel schreiben?"). A message holding an entry of CREATIVE_WORKS and
one of CREATIVE_ACTS, anywhere and in any order, is declined politely
(declined.py) instead of being answered from an unrelated page; a work alone
("Gibt es Lesungen mit Gedichten?") or an act alone ("Wie schreibe ich einen
Widerspruch?") is not. Plain data; a
municipal developer can extend it.

Entries are matched as answer/wordlists.py says (stems end in "*"; accents
need not be typed). Every entry is looked for in every message, whatever its
language; the collisions avoided: Hungarian "mese" (tale) is Italian "mese"
(month), "dal" (song) Italian "dal"; Croatian "vic" (joke) is Czech "víc"
(more); "essay*" would find French "essayer"; English "tale" is Italian "tale"
and Romanian "tale".

"hr" also serves Serbian in Latin letters and Bosnian; "sr" holds the
Serbian Cyrillic spellings. "ku" is Kurmanji in Latin letters, "ckb" Sorani
in Arabic script, "ti" Tigrinya and "am" Amharic in Ge'ez script (the
same script, two languages), "so" Somali.

What is left out on purpose (and should stay out):
- words for "history" that also mean "story" (German "Geschichte", French
  "histoire", Polish "historia", Greek "ιστορία", Arabic "تاريخ", Amharic
  "ታሪክ"): the town's history is a fair question;
- in CREATIVE_ACTS, bare infinitives and first-person forms of "sing",
  "write" and "tell" ("ich singe Lieder", "Darf man bei der Trauung ein Lied
  singen?", "An wen muss ich schreiben, um Lieder auf dem Marienplatz zu
  spielen?", "Куда написать …"): street music, weddings and library readings
  are municipal matters; requests come as "sing mir", "schreib mir ein",
  "kannst du mir ein …", "можешь написать".
"""

# Creative texts: poems, verses, rhymes, songs, lullabies, raps, (fictional)
# stories and tales, fairy tales, jokes, anecdotes, limericks, haiku, sonnets,
# love letters, toasts, essays and school compositions, screenplays, lyrics, riddles.
CREATIVE_WORKS = {
    "de": "gedicht*|liebesgedicht*|geburtstagsgedicht*|weihnachtsgedicht*|kurzgedicht*|hochzeitsgedicht*|"
          "abschiedsgedicht*|verse|versen|verschen|reim|reime|reimchen|lied|lieder|liedern|liedes|liedchen|liedtext*|"
          "songtext*|song|songs|schlaflied*|wiegenlied*|kinderlied*|liebeslied*|geburtstagslied*|gutenachtlied*|rap|"
          "raps|rapsong*|raptext*|kurzgeschichte*|gutenachtgeschichte*|gute nacht geschichte*|liebesgeschichte*|"
          "gruselgeschichte*|kindergeschichte*|fantasiegeschichte*|märchen*|fabel*|story|storys|stories|witz|witze|"
          "witzen|witzchen|flachwitz*|anekdote*|limerick*|haiku*|sonett*|ballade*|liebesbrief*|trinkspruch*|"
          "tischrede*|hochzeitsrede*|geburtstagsrede*|aufsatz|aufsätze|schulaufsatz*|essay|essays|erörterung*|"
          "drehbuch*|rätsel|rätselgedicht*|scherzfrage*|oden",
    "en": "poem*|poetry|verse|verses|rhyme|rhymes|rhyming|song|songs|lullab*|rap|raps|rap song*|story|stories|"
          "short story|fairy tale*|fairytale*|bedtime story|bedtime stories|fable*|joke|jokes|puns|anecdote*|"
          "limerick*|haiku*|sonnet*|ballad*|odes|love letter*|toast|wedding speech*|birthday speech*|best man speech*|"
          "essay|essays|school composition*|screenplay*|film script*|movie script*|lyrics|riddle|riddles|jingle*|"
          "a tale|bedtime tale*|tall tale*",
    "uk": "вірш*|поезі*|поем*|рима|рими|риму|римою|пісн*|пісеньк*|колисков*|реп|казк*|оповіданн*|історійк*|байка|"
          "байку|байки|анекдот*|жарт|жарти|жарту|жартик*|жартів|лімерик*|хайку|сонет*|любовний лист|любовного листа|"
          "тост|тости|тосту|твір|твори|твору|есе|сценарі*|загадк*",
    "ru": "стих|стиха|стихи|стихов|стишок|стишки|стишка|стихотворени*|поэм*|рифм*|песн*|песенк*|колыбельн*|рэп|сказк*|"
          "рассказ|рассказа|рассказик*|рассказы|историйк*|басн*|анекдот*|шутк*|лимерик*|хокку|хайку|сонет*|"
          "любовное письмо|любовного письма|тост|тосты|тоста|сочинени*|эссе|сценари*|загадк*",
    "ar": "قصيدة|قصيده|قصيدتين|قصائد|القصيدة|القصيده|القصائد|شعر|شعرا|بيت شعر|ابيات|ابيات شعرية|قافية|قافيه|قوافي|"
          "اغنية|اغنيه|اغنيتي|الاغنية|الاغنيه|اغاني|الاغاني|اغنيات|تهويدة|تهويده|راب|قصة|قصه|قصص|القصة|القصه|القصص|"
          "قصة قصيرة|حكاية|حكايه|حكايات|الحكاية|الحكايه|حدوتة|حدوته|حواديت|قصة خرافية|حكاية خرافية|خرافة|خرافه|نكتة|"
          "نكته|نكت|النكتة|النكته|نكات|طرفة|طرفه|نادرة مضحكة|ليمريك|هايكو|سوناتة|سونيت|رسالة حب|رسالة غرامية|"
          "رسالة غرام|رسالة عشق|خطاب زفاف|كلمة زفاف|مقال|مقالة|مقالا|موضوع تعبير|سيناريو|كلمات اغنية|كلمات الاغنية|"
          "لغز|لغزا|فزورة|فزوره",
    "tr": "şiir*|dize|dizeler|mısra*|misra*|kafiye*|şarkı*|sarki*|ninni*|rap|masal|masalı|masali|masallar|masalını|"
          "masalini|hikaye*|öykü*|fıkra*|fikra*|espri|espriler|espriyi|esprisi|şaka|şakası|şakalar|limerik*|haiku|"
          "sone|soneler|aşk mektub*|düğün konuşması|dugun konusmasi|kompozisyon*|senaryo*|bilmece*",
    "fa": "شعر|شعری|اشعار|قافیه|ترانه|ترانه ای|ترانهای|اهنگ|آهنگی|لالایی|رپ|داستان*|قصه|قصه ای|قصهای|افسانه*|لطیفه*|"
          "جوک|جوکی|شوخی|حکایت*|هایکو|غزل|رباعی|نامه عاشقانه|نامه ی عاشقانه|نامهی عاشقانه|مقاله|فیلمنامه*|متن آهنگ|"
          "متن ترانه|چیستان|معما|یک انشا|انشای|انشا درباره|انشا در مورد",
    "ps": "شعر|شعرونه|ټپه|ټپې|ټپی|لنډۍ|لنډی|سندره|سندرې|سندری|سندرو|غزل|کیسه|کیسې|کیسی|کیسو|قصه|ټوکه|ټوکې|ټوکی|ټوکو|"
          "لطیفه|لطیفې|افسانه|نکل|نکلونه|د مینې لیک|مینه لیک|مقاله|هایکو|ریپ|معما",
    "ckb": "شیعر*|شعر|هۆنراوە*|هونراوه*|گۆرانی*|گورانی*|لایەلایە|لایهلایه|ڕاپ|راپ|چیرۆک*|چیروک*|ئەفسانە*|ئهفسانه*|"
           "نوکتە*|نوکته*|گاڵتە*|گالته*|هایکۆ|هایکو|نامەی خۆشەویستی|نامهی خوشهویستی|وتار*|داستان*|مەتەڵ*|مهتهل*",
    "pl": "wiersz*|poemat*|poezj*|rym|rymy|rymów|rymowank*|piosen*|piosnk*|pieśń|pieśni|piesn*|kołysank*|kolysank*|"
          "rap|bajk*|baśń|baśni|basn*|opowiadani*|historyjk*|dowcip*|kawał|kawały|kawałów|kawal|kawaly|kawalow|żart|"
          "żarty|żartu|żartów|żarcik*|anegdot*|limeryk*|haiku|sonet*|list miłosny|list milosny|listu miłosnego|"
          "listu milosnego|toast|toastu|toasty|przemówienie weselne|wypracowani*|esej*|scenariusz*|tekst piosenki|"
          "zagadk*",
    "ro": "poezi*|poem|poeme|poemul|versuri*|rimă|rime|cantec*|cantecel*|melodie|melodii|melodia|rap|poveste|povesti|"
          "povestea|povestire*|basm*|fabul*|istorioar*|glumă|glume|glumele|glumiță|glumițe|banc|bancuri|bancul|"
          "anecdot*|limerick*|haiku|sonet*|scrisoare de dragoste|toast|toasturi|discurs de nuntă|compuner*|eseu*|"
          "scenariu*|ghicitoar*|ghicitori",
    "fr": "poème*|poésie*|rime|rimes|chanson*|chansonnette*|comptine*|berceuse*|rap|conte|contes|conte de fées|fable*|"
          "blague*|plaisanterie*|anecdote*|limerick*|haïku*|sonnet*|ballade*|lettre d amour|lettres d amour|toast|"
          "discours de mariage|discours d anniversaire|rédaction|dissertation*|scénario*|paroles de chanson|"
          "paroles d une chanson|devinette*|calembour*",
    "es": "poema*|poesía*|versos|versito*|rima|rimas|canción*|canciones|cancioncita*|canción de cuna|nana|rap|cuento|"
          "cuentos|cuentito*|cuento de hadas|fábula*|chiste*|anécdota*|limerick*|haiku*|soneto*|carta de amor|"
          "cartas de amor|brindis|discurso de boda|redacción|ensayo|ensayos|guion de cine|guion de una película|"
          "guion de película|guion cinematográfico|letra de una canción|letra de la canción|letras de canciones|"
          "adivinanza*|trabalenguas|copla*",
    "it": "poesia|poesie|poesiola|poema*|in versi|dei versi|qualche verso|un verso|rima|rime|canzon*|ninna nanna|"
          "ninnananna|filastrocc*|rap|favola|favole|fiaba|fiabe|racconto|racconti|raccontino|barzellett*|battuta|"
          "battute|aneddot*|limerick*|haiku|sonetto*|lettera d amore|lettere d amore|brindisi|discorso di nozze|"
          "tema scolastico|componimento*|saggio breve|sceneggiatura*|testo di una canzone|testo della canzone|"
          "testi di canzoni|indovinell*|stornell*",
    "hr": "pjesm*|pesm*|pjesmic*|pesmic*|stih|stihove|stihovi|stihova|stihić*|rima|rime|rimu|uspavank*|rap|priču|"
          "pričica|pričicu|pričice|bajk*|basn*|vica|viceve|vicevi|vicić|anegdot*|limerik*|haiku|sonet*|ljubavno pismo|"
          "ljubavno pisamce|ljubavna pisma|zdravic*|sastavak|školski sastav|pismeni sastav|esej*|scenari*|zagonetk*|"
          "neki vic|jedan vic|dobar vic|kratki vic|vic dana|ispričaj mi vic|ispričajte mi vic|ispričaj vic|"
          "reci mi vic|recite mi vic|kaži mi vic|kažite mi vic|znaš li vic|znate li vic|znaš li neki vic",
    "sr": "песм*|песмиц*|стих|стихове|стихови|стихова|рима|риме|риму|успаванк*|причу|приче|причиц*|бајк*|басн*|виц|"
          "вица|вицеве|вицеви|анегдот*|лимерик*|хаику|сонет*|љубавно писмо|здравиц*|писмени састав|школски састав|"
          "есеј*|сценари*|загонетк*",
    "el": "ποίημα*|ποιηματάκι*|ποίηση|στίχο|στίχοι|στίχους|στίχος|στιχάκι*|ρίμα|ρίμες|τραγούδι|τραγούδια|τραγουδάκι*|"
          "νανούρισμα*|ραπ|ιστοριούλα*|παραμύθι*|διήγημα*|ανέκδοτο*|αστείο|αστεία|λίμερικ|χαϊκού|σονέτο*|"
          "ερωτικό γράμμα|ερωτική επιστολή|πρόποση|σχολική έκθεση|δοκίμιο*|σενάριο*|γρίφο*|αίνιγμα*",
    "bg": "стих|стихове|стихче|стихчета|стихотворени*|поеми|поема|рима|рими|песен|песни|песента|песнич*|приспивн*|рап|"
          "приказк*|разказ|разказа|разказче|разкази|басн*|виц|вица|вицове|вицче|шег*|анекдот*|лимерик*|хайку|сонет*|"
          "любовно писмо|любовни писма|тост|тоста|тостове|наздравиц*|есе|есета|съчинени*|сценари*|гатанк*",
    "cs": "báseň|básně|básni|básnička|básničku|básničky|básnič*|verše|veršů|veršík*|rým|rýmy|rýmovačk*|píseň|písně|"
          "písní|písnič*|ukolébavk*|rap|příběh|příběhy|příběhů|pohádk*|povídk*|bajk*|vtip|vtipy|vtipu|vtipek|vtipk*|"
          "anekdot*|limerick*|haiku|sonet*|milostný dopis|milostné dopisy|přípit*|slohovou práci|slohová práce|sloh|"
          "esej*|scénář*|text písně|hádank*",
    "nl": "gedicht*|versje*|verzen|rijm|rijmpje*|lied|liedje*|liederen|liedtekst*|songtekst*|song|songs|slaapliedje*|"
          "wiegelied*|rap|verhaal|verhaaltje*|verhalen|sprookje*|fabel*|grap|grapje*|grappen|mop|moppen|mopje*|"
          "anekdote*|limerick*|haiku*|sonnet*|liefdesbrief*|toost|toast|bruiloftsspeech*|verjaardagsspeech*|opstel|"
          "opstellen|essay|essays|filmscript*|scenario*|raadsel*",
    "hu": "verset|versek|verseket|versike*|versikét|verses|versben|rímek|rímet|dalt|dalok|dalokat|dalocská*|"
          "dalszöveg*|nótát|altató*|rap|mesét|mesék|meséket|mesécske*|tündérmes*|történet|történetet|történetek|"
          "történeteket|vicc*|anekdot*|limerick*|haiku|szonett*|szerelmes level*|pohárköszöntő*|tószt*|fogalmazás*|"
          "esszé*|forgatókönyv*|találós kérdés*|esti mese|esti mesét",
    "zh": "一首|诗歌|一首诗|首诗|的诗|写诗|作诗|诗句|诗词|打油诗|情诗|藏头诗|现代诗|歌词|一首歌|首歌|歌曲|儿歌|摇篮曲|说唱|饶舌|故事|童话|寓言|笑话|段子|冷笑话|趣事|俳句|十四行诗|情书|祝酒词|"
          "婚礼致辞|作文|散文|随笔|剧本|谜语|小说|绕口令",
    "pt": "poema*|poesia*|versos|versinho*|rima|rimas|canção|canções|cantiga*|canção de ninar|acalanto|rap|contos|"
          "continho*|historinha*|fábula*|piada*|anedota*|limerick*|haiku*|soneto*|carta de amor|cartas de amor|brinde|"
          "discurso de casamento|redação|ensaio|ensaios|roteiro*|letra de música|letra da música|letras de músicas|"
          "adivinha|adivinhas|charada*|trava língua*|conto de fadas|contos de fadas|um conto|conto curto|"
          "conto infantil",
    "sq": "poezi*|vjersh*|varg|vargje|vargjet|rimë|rima|këngë*|ninull*|rap|tregim*|përrall*|fabul*|shaka|shakanë|"
          "shakara|barcalet*|anekdot*|limerik*|haiku|sonet*|letër dashurie|dolli*|hartim*|skenar*|gjëegjëz*",
    # Vietnamese compared without its marks ("thơ" is "tho", like "thổ"): only word pairs.
    "vi": "bài thơ|thơ ca|làm thơ|bài hát|ca khúc|lời bài hát|bài rap|nhạc rap|hát ru|bài hát ru|câu chuyện|"
          "truyện ngắn|truyện cổ tích|chuyện cổ tích|cổ tích|chuyện cười|truyện cười|giai thoại|thơ haiku|haiku|"
          "limerick|sonnet|thư tình|bức thư tình|lá thư tình|lời chúc|bài phát biểu đám cưới|bài văn|bài luận|"
          "tập làm văn|kịch bản|câu đố|cau do",
    "ku": "helbest*|stranan|stranên|lorî|lorîk|lorîyek|rap|çîrok*|çîvanok*|henek*|pêkenok*|qerf*|nameya evînê|"
          "nameyek evînê|gotar*|senaryo*|mamik*|stranekê|stranekî",
    # Tigrinya: poem, song, story, folk tale, joke, riddle, love letter, composition.
    "ti": "ግጥሚ|ግጥምታት|ግጥሚታት|ደርፊ|ደርፍታት|ዛንታ|ዛንታታት|ጽውጽዋይ|ጽውጽዋያት|ዋዛ|ቀልዲ|እንቆቅሖ|ደብዳቤ ፍቕሪ|ድርሰት",
    # Somali: poem, poetry, verse, song, story, fairy tale, joke, love letter, essay, riddle.
    "so": "gabay*|maanso*|tix|tixo|hees|heesta|heeso|heesaha|heestii|heeskan|sheeko|sheekada|sheekadii|sheekooyin*|"
          "sheeko xariir*|kaftan*|warqad jacayl|warqad jaceyl|qormo*|curis*|halxiraale*",
    # Amharic: poem, qene, verse, song, rap, fable and fairy tale, fiction, joke, love letter, essay,
    # screenplay; not "ታሪክ" (story, also history) nor "እንቆቅልሽ" (riddle, also "a mystery").
    "am": "ግጥም|ግጥሞች|ግጥሙ|ግጥሙን|ግጥሞችን|ቅኔ|ቅኔዎች|ስንኝ|ስንኞች|ዘፈን|ዘፈኖች|ዘፈኑን|ዘፈኖችን|ራፕ|ተረት|ተረቶች|ተረቱን|"
          "ተረቶችን|ልቦለድ|ልብወለድ|ልብ ወለድ|ልቦለዶች|ቀልድ|ቀልዶች|ቀልዱን|ቀልዶችን|የፍቅር ደብዳቤ|የፍቅር ደብዳቤዎች|ድርሰት|"
          "ድርሰቶች|የፊልም ስክሪፕት",
}

# Requests to make one: write, compose, rhyme, make up, sing, tell (a joke or
# tale), create, draft, generate, in imperative and polite or question forms.
# Only forms addressed to the bot; never "ich schreibe", "ich singe".
CREATIVE_ACTS = {
    "de": "schreiben|schreibst du|schreiben sie mir|verfasse|verfass|verfassen|dichte|dicht mir|dichten|reim mir|reimen|"
          "sing mir|singe mir|sing uns|singst du|erzähl|erzähle|erzählst du|erfinde|erfind|erfinden|ausdenken|"
          "denk dir|denke dir|komponiere|komponieren|kreiere|kreieren|generiere|generieren|formuliere|mach mir|"
          "machst du mir|schreib mir|schreibe mir|schreib uns|schreibe uns|schreib ein|schreibe ein|schreib einen|"
          "schreibe einen|schreib eine|schreibe eine|schreib etwas|schreibe etwas|schreib was|erzähl mir|erzähle mir|"
          "erzählen sie mir|erzählen sie uns|kennst du einen|kennst du ein|kennst du eine|kennst du witze|"
          "kennst du gute|kannst du mir ein|kannst du mir einen|kannst du mir eine|kannst du uns ein|"
          "kannst du uns einen|kannst du uns eine|kannst du ein|kannst du einen|kannst du eine|könntest du mir ein|"
          "könntest du mir einen|könntest du mir eine|könntest du ein|könntest du einen|könntest du eine|"
          "können sie mir ein|können sie mir einen|können sie mir eine|könnten sie mir ein|könnten sie mir einen|"
          "könnten sie mir eine",
    "en": "compose|make up|invent|come up with|sing me|sing us|sing for me|sing for us|can you sing|could you sing|"
          "would you sing|please sing|sing something|you sing|tell me a|tell us a|tell a|tell another|tell me another|"
          "tell me one|tell me some|tell me something funny|create|generate|draft|craft|make me|make us|give me a|"
          "give me one|give me another|improvise|write me|write us|write a|write an|write another|write some|"
          "write something|can you write|could you write|would you write|please write|you write|know any jokes|"
          "know any good jokes|know a joke|know a good joke|know any riddles|know a riddle|know any funny|"
          "know any stories|know any poems",
    "uk": "напиши|напишіть|напишеш|склади|складіть|складеш|вигадай|вигадайте|вигадати|вигадаєш|придумай|придумайте|"
          "придумати|придумаєш|заспівай|заспівайте|заспіваєш|розкажи|розкажіть|розкажеш|розповіси|створи|створіть|"
          "створити|згенеруй|згенеруйте|зрифмуй|знаєш якийсь|знаєш якусь|знаєш анекдот|можеш написати|можете написати|"
          "можеш розповісти|можете розповісти|можеш заспівати|можете заспівати|можеш скласти|можете скласти",
    "ru": "напиши|напишите|напишешь|сочини|сочините|сочинить|сочинишь|придумай|придумайте|придумать|придумаешь|спой|"
          "спойте|споешь|расскажи|расскажите|расскажешь|создай|создайте|создать|сгенерируй|сгенерируйте|срифмуй|"
          "знаешь какой|знаешь какую|знаешь анекдот|можешь написать|можете написать|можешь рассказать|"
          "можете рассказать|можешь спеть|можете спеть|можешь сочинить|можете сочинить|можешь придумать|"
          "можете придумать|не могли бы вы написать",
    "ar": "اكتب|اكتبي|اكتبوا|اكتب لي|تكتب|تكتبي|كتابة|الف لي|الفي لي|تؤلف|تالف|اخترع|اخترع لي|غن لي|غني لي|غنيلي|تغني|"
          "تغني لي|احك|احكي|احك لي|احكي لي|احكيلي|اخبرني|اخبرنا|قل لي|قولي لي|انشي|انشئ لي|ابتكر|اصنع لي|اعطني|"
          "تعرف نكتة|تعرف قصة",
    "tr": "yazar mısın|yazar misin|yazabilir misin|yazabilir misiniz|yazsana|yazıver|yaziver|şiir yaz|şarkı yaz|"
          "sarki yaz|masal yaz|hikaye yaz|öykü yaz|kompozisyon yaz|mektubu yaz|mektup yaz|senaryo yaz|bana yaz|anlat|"
          "anlatır mısın|anlatir misin|anlatsana|anlatın|anlatin|anlatabilir misin|anlatabilir misiniz|şarkı söyle|"
          "sarki soyle|söyler misin|söylesene|uydur|uydurur musun|uydursana|bestele|besteler misin|oluştur|üret|"
          "kafiyele|biliyor musun",
    "fa": "بسرا|بسرای|بسرایید|بساز|بسازید|بسازی|بگو|بگویید|بگید|برام بگو|تعریف کن|تعریف کنید|بخوان|بخون|بخونید|"
          "بخوانید|برام بخون|ایجاد کن|تولید کن|بلدی|بنویس|بنویسید|بنویسی|بنویسین|برام بنویس|برایم بنویس",
    "ps": "ولیکه|ولیکئ|ولیکې|ولیکی|وليکه|وليکئ|راته ولیکه|ولیکلی شې|ولیکلای شئ|ولیکلی شئ|ووایه|ووایئ|ووايه|ووايئ|"
          "راته ووایه|راته ووایئ|جوړ کړه|جوړه کړه|جوړ کړئ|جوړه کړئ|راته وایه",
    "ckb": "بڵێ|بڵێن|بلی|بلین|بۆم بڵێ|بوم بلی|بگێڕەوە|بگێڕنەوە|بگیرهوه|بگیرنهوه|دروست بکە|دروستی بکە|دروست بکەن|"
           "دروست بکه|دروستی بکه|دروست بکهن|دابنێ|دابنی|بچڕە|بچره|بنووسە|بنووسن|بنووسی|بنووسیت|بنووسه|بنوسە|بنوسه",
    "pl": "napisz|napiszesz|napiszcie|napisałbyś|napisalbys|ułóż|uloz|ułożyć|ulozyc|ułożysz|ulozysz|skomponuj|"
          "skomponować|wymyśl|wymyślić|wymyślisz|zaśpiewaj|zaśpiewasz|opowiedz|opowiesz|stwórz|stworzyć|wygeneruj|"
          "zredaguj|zrymuj|znasz jakiś|znasz jakąś|znasz dobry|możesz napisać|możesz mi napisać|czy możesz napisać|"
          "może pan napisać|może pani napisać|możesz opowiedzieć|możesz zaśpiewać|powiedz mi dowcip|powiedz mi kawał|"
          "powiedz mi żart|powiedz dowcip|powiedz kawał|powiedz żart",
    "ro": "scrie|scrieți|scrie mi|scrii|compune|compuneți|compui|inventează|inventați|inventezi|cântă|canta mi|"
          "cântați|spune mi|spuneți mi|spune o|spune un|zi mi|zi o|zi un|povestește|povestește mi|creează|creați|"
          "creezi|generează|redactează|fă mi|faceți mi|știi vreo|știi o|știi un",
    "fr": "écrire|écris|écrivez|écris moi|écrivez moi|compose|composez|composer|invente|inventez|inventer|imagine|imaginez|"
          "chante moi|chante nous|chantez moi|chantez nous|peux tu chanter|pourrais tu chanter|tu peux chanter|"
          "raconte|racontez|raconte moi|racontez moi|dis moi une|dites moi une|dis moi un|dites moi un|crée|créez|"
          "créer|génère|générez|rédige|rédigez|rédiger|fais moi|faites moi|peux tu écrire|pourrais tu écrire|"
          "pouvez vous écrire|pourriez vous écrire|tu peux écrire|vous pouvez écrire|tu connais une|tu connais un|"
          "connais tu une|connais tu un|tu connais des blagues",
    "es": "escribir|escribe|escríbeme|escríbenos|escriba|escríbame|escribirme|compón|componme|componer|compone|inventa|"
          "invéntate|invéntame|inventar|canta|cántame|cántanos|cuéntame|cuéntanos|cuénteme|cuenta un|cuenta una|"
          "contar un|contar una|dime un|dime una|crea|créame|crear|genera|generar|redacta|redáctame|redactar|hazme|"
          "haz un|haz una|sabes un|sabes una|sabes algún|sabes alguna|te sabes|puedes escribir|podrías escribir|"
          "puede escribir|podría escribir|me puedes escribir",
    "it": "scrivere|scrivi|scrivimi|scrivici|scriva|scrivermi|componi|componimi|comporre|inventa|inventami|inventare|canta|"
          "cantami|cantaci|racconta|raccontami|raccontaci|raccontarmi|dimmi una|dimmi un|crea|creami|creare|genera|"
          "generare|redigi|fammi|mi fai|sai una|conosci una|conosci un|puoi scrivere|potresti scrivere|può scrivere|"
          "potrebbe scrivere|mi scrivi|puoi raccontare|potresti raccontare|mi racconti",
    "hr": "napiši|napišite|napišeš|sastavi|sastavite|smisli|smislite|izmisli|izmislite|otpjevaj|otpevaj|zapjevaj|"
          "zapevaj|otpjevajte|otpevajte|ispričaj|ispričajte|reci mi|recite mi|kaži mi|kažite mi|stvori|kreiraj|"
          "generiraj|generiši|komponuj|komponiraj|znaš li|možeš li napisati|možete li napisati|možeš napisati|"
          "možete napisati|da li možeš napisati",
    "sr": "напиши|напишите|напишеш|састави|саставите|смисли|смислите|измисли|измислите|отпевај|отпевајте|отпјевај|"
          "запевај|испричај|испричајте|реци ми|реците ми|кажи ми|кажите ми|креирај|генериши|компонуј|знаш ли|"
          "можеш ли написати|можете ли написати|можеш написати|можете написати|да ли можеш да напишеш",
    "el": "γράψε|γράψτε|γράψεις|γράψε μου|σύνθεσε|συνθέστε|επινόησε|φτιάξε|φτιάξτε|φτιάξεις|τραγούδησε|τραγουδήστε|"
          "τραγουδήσεις|πες μου|πες μας|πείτε μου|διηγήσου|δημιούργησε|δημιουργήστε|σύνταξε|ξέρεις κανένα|ξέρεις ένα",
    "bg": "напиши|напишете|напишеш|съчини|съчинете|съчиниш|измисли|измислете|измислиш|римувай|изпей|изпейте|изпееш|"
          "разкажи|разкажете|разкажеш|кажи ми|кажете ми|създай|създайте|създадеш|генерирай|състави|знаеш ли",
    "cs": "napiš|napište|napíšeš|slož|složte|složit|složíš|vymysli|vymyslete|vymyslet|vymyslíš|zazpívej|zazpívejte|"
          "zazpíváš|zarýmuj|řekni|řekněte|vyprávěj|vyprávějte|vytvoř|vytvořte|vytvořit|vygeneruj|sepiš|sepsat|"
          "znáš nějaký|znáš nějakou|můžeš napsat|můžete napsat|můžeš mi napsat|můžete mi napsat|mohl bys napsat|"
          "mohla bys napsat|můžeš vyprávět|můžeš zazpívat",
    "nl": "schrijven|schrijf|schrijf me|schrijf mij|componeer|componeren|verzin|verzinnen|bedenk|zing me|zing mij|zing eens|"
          "zing voor me|zing voor mij|kun je zingen|kan je zingen|wil je zingen|vertel|vertel me|vertel mij|maak me|"
          "maak mij|maak een|maak eens|creëer|genereer|genereren|ken je|weet je een|kun je een|kun jij een|kunt u een|"
          "kun je me een|kunt u me een|kun je mij een",
    "hu": "írj|írjon|írnál|írna|írd|írjál|megírnád|megírná|költs|költsön|költenél|rímelj|találj ki|találjon ki|"
          "találd ki|kitalálnál|énekelj|énekeljen|énekelnél|mesélj|meséljen|mesélnél|mondj|mondjon|mondanál|készíts|"
          "készítsen|készítenél|generálj|generáljon|alkoss|tudsz egy|tudsz valami|ismersz egy",
    "zh": "写一|写个|写首|写篇|写段|帮我写|给我写|请写|你写|能写|会写|编一|编个|编首|帮我编|给我编|给我唱|为我唱|给我们唱|你唱|你会唱|你能唱|讲一|讲个|给我讲|讲讲|说个|说一个|来一首|来首|来个|"
          "来一个|来一段|来段|创作|生成|起草|作一首|作首|你知道什么",
    "pt": "escrever|escreva|escreve|escrevam|me escreva|me escreve|componha|compõe|compor|invente|inventa|inventar|cante|canta|"
          "canta me|cante me|me cante|conte me|conta me|me conte|me conta|me diga uma|me diz uma|diga me uma|crie|"
          "cria|criar|gere|gera|gerar|redija|redige|redigir|faz me|me faz|me faça|sabe alguma|sabe uma|conhece alguma|"
          "conhece uma|conte uma|conte um|faça me|faça um|faça uma|faz um|faz uma|pode escrever|podes escrever|"
          "poderia escrever|consegue escrever|pode contar uma|pode contar um|podes contar uma",
    "sq": "shkruaj|shkruani|shkruash|shkruaje|më shkruaj|kompozo|kompozoni|krijo|krijoni|krijosh|trego|tregoni|"
          "më trego|më thuaj|na thuaj|këndo|këndoni|këndosh|shpik|shpikni|sajo|gjenero|di ndonjë|di një",
    # Word pairs: "viết" is compared as "viet", like "Việt".
    "vi": "sáng tác|làm bài thơ|hát cho tôi|hát một|kể chuyện|nghĩ ra|viết cho tôi một|viết cho tôi bài|"
          "viết cho mình một|viết giúp tôi một|viết một bài|viết một câu|viết một lá|hãy viết một|viết hộ tôi một|"
          "tạo một bài|tạo một câu|soạn cho tôi một|soạn một bài|soạn giúp tôi một|kể cho tôi nghe|kể cho tôi một|"
          "kể một câu|kể một chuyện|làm một bài thơ|bịa một câu|hát một bài",
    "ku": "bibêje|bêje|bêjin|bistrê|bistrên|vebêje|vegêre|çêke|çêbike|çêkin|biafirîn*|binivîse|binivîsin|binivîsî",
    # Tigrinya: write (m., f., pl., "for me", "can you"), sing, tell, narrate, create.
    "ti": "ጽሓፍ|ጽሓፊ|ጽሓፉ|ጽሓፈለይ|ጽሓፍለይ|ጽሓፊለይ|ክትጽሕፍ|ክትጽሕፈለይ|ድረፍ|ድረፈለይ|ንገረኒ|ንገሩኒ|ኣዘንትወለይ|ኣዘንቱ|ፍጠር|ፍጠረለይ",
    "so": "qor|qoro|ii qor|ii qoro|qori kartaa|noo qor|tiri|ii tiri|hees ii qaad|ii qaad|ii sheeg|ii sheekee|sheekee|"
          "ii samee|samee|abuur|ii abuur",
    # Amharic (ጸ and ፀ both typed): write (m., f., pl., "for me/us", polite, "can you"), compose a poem,
    # sing, tell, narrate, create, prepare; the polite "ይንገሩኝ" (please tell me), "can you tell me" and
    # "do you know" only after a joke or tale: citizens put them before every kind of question.
    "am": "ጻፍ|ፃፍ|ጻፍልኝ|ፃፍልኝ|ጻፊልኝ|ፃፊልኝ|ጻፉልኝ|ፃፉልኝ|ጻፍልን|ፃፍልን|ጻፉልን|ፃፉልን|ይጻፉልኝ|ይፃፉልኝ|ሊጽፉልኝ|ሊፅፉልኝ|"
          "ልትጽፍልኝ|ልትፅፍልኝ|ልትጽፊልኝ|ልትፅፊልኝ|ልትጽፉልኝ|ልትፅፉልኝ|ትጽፍልኛለህ|ትፅፍልኛለህ|ትጽፊልኛለሽ|ትፅፊልኛለሽ|ግጠምልኝ|"
          "ግጠሚልኝ|ግጠሙልኝ|ዝፈን|ዝፈንልኝ|ዝፈኚልኝ|ዝፈኑልኝ|ዝፈንልን|ይዝፈኑልኝ|ልትዘፍንልኝ|ንገረኝ|ንገሪኝ|ንገሩኝ|ንገረን|ንገሩን|"
          "አውራኝ|አውሪኝ|አውሩኝ|አውራልኝ|አጫውተኝ|አጫውቺኝ|አጫውቱኝ|ፍጠር|ፍጠሪ|ፍጠሩ|ፍጠርልኝ|ፍጠሪልኝ|ፍጠሩልኝ|አዘጋጅልኝ|"
          "አዘጋጂልኝ|አዘጋጁልኝ|ቀልድ ይንገሩኝ|ተረት ይንገሩኝ|ቀልድ ልትነግረኝ|ተረት ልትነግረኝ|ቀልድ ሊነግሩኝ|ቀልድ ታውቃለህ|ቀልድ ታውቂያለሽ|"
          "ቀልድ ያውቃሉ|ተረት ታውቃለህ",
}
