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

PLACES maps an id (the German name in ASCII) to the ways citizens write the town in the 27 languages: the
German name, umlauts as "ue"/"oe" ("München" is "munchen" once marks are gone, hence only "muenchen"
besides), exonyms ("Munich", "Monachium", "Münih", "Мюнхен", "ميونخ", "مونیخ", "慕尼黑", "ሙኒክ") and case
forms. "Frankfurt" is both Frankfurts, one id. A German name is never a stem, which would find "Berliner
Straße", "Hamburger", "Münchener Freiheit", a street or word of the own town: it is written with the first
letters of case endings as stems, "berlina*" "berlini*" "berlinu*" (Polish, Czech, Croatian, Albanian,
Romanian, Hungarian "berlini"), "berlind*"/"frankfurtt*" (Turkish "Hamburgda", "Frankfurtta"; "Köln'de" is
the words "koln de"), "berlinb*" (Hungarian "Berlinben"), after a vowel "d* n* y* b*". Cyrillic, Arabic,
Greek and Ge'ez names, and exonyms ("monachium*"), are stems or single forms. Kept though rarely words:
"cologne" (a perfume), Dutch "kiel" and Russian "киль" (a keel), "Keulen" (clubs). Collisions avoided:
- German words: "essen" (to eat, "in der Stadt essen": Essen only in other languages' forms), "Halle"
  (hall: "Halle (Saale)", "Stadt Halle"), "gießen", "siegen", "erlangen" (to pour, win, attain),
  "Münster" (a minster), "hamm" (colloquial "haben"), Hagen (a surname) and French "trier" (to sort),
  Portuguese "gera", Romanian "jenă", Czech "herně": these towns only after "in", "Stadt" or with their
  region; districts of other towns only in full ("Mülheim an der Ruhr", "Stadt Oberhausen", no bare
  "Gladbach"); Worms, Minden (Hungarian "all"), Düren (Dutch "to last"), Celle and Brandenburg left out;
- case stems that are words: "hamburgu*" (Spanish "hamburguesa"), "bremena*" (Czech, Slovene, Croatian
  "břemeno", "breme": burden; so no French "Brême"), "schwerind*" ("Schwerindustrie"), "hannovera*" (a
  horse), "kölni*" (Hungarian cologne; "kelni": to rise), "berlind*" (Portuguese "berlinda"), "bonn*"
  (French "bonne"); "berline" (French saloon car) only as Czech "v Berlíně", Kurmanji "li Berlînê";
- other languages: Polish "kolonia", Spanish and Italian "colonia" (a colony, summer camp, neighbourhood:
  "w Kolonii", "en Colonia"), Czech "Kolín" (a Czech town), Italian "Monaco" (also a monk: "a Monaco",
  "Monaco di Baviera"), Greek "Μόναχο" ("μοναχό", monk: "στο Μόναχο"); Russian "гамбургер", "кельнер"
  (waiter), "бремени" (burden), "росток" (sprout: "Ростоке"), "трирічний", "эссенция", "мерс" (a Mercedes:
  no Cyrillic Moers), "иена"/"єна" and Polish "jeny" (yen), "есен" (Bulgarian and Serbian autumn);
  Arabic "هام" (important: no Arabic Hamm), "كيل" (measure), "بون" (a gap), "نويس" and "مونستر" (Persian
  "write", "monster"); Persian "کلن" (typed for "کلاً"), "بن" (a voucher), "برمن", "اولم"; Chinese "汉堡" (a
  hamburger: "汉堡市", "在汉堡"), "哈根" (Häagen-Dazs); "柏林" is also in "都柏林" (Dublin), as foreign.

OFFICES holds words for an office or counter only (not services): German ones everyone mixes in, and each
language's own. Left out: Romanian "primăria" (Spanish, Italian "primaria", primary school), bare Italian
"comune" (common), Hungarian "hivatal*" ("hivatalos", official), Polish "urząd*" ("urządzenie"), Czech
"úřad*" (Croatian "uraditi") and "radnici" (Croatian workers), "magistrat*" (Italian "magistrato"),
Albanian "zyr*" (Polish "żyrafa"), Persian "دفتر" (a notebook), Chinese "户口" (one's registration), and
English "office" alone ("office hours": only "office in", "office at").

"hr" also serves Serbian in Latin letters and Bosnian, "sr" holds the Serbian Cyrillic spellings, "ku"
Kurmanji, "ckb" Sorani in Arabic script, "ti" Tigrinya in Ge'ez script, "so" Somali.
"""

# Place id (the German name in ASCII) -> every way citizens write that town.
PLACES = {
    # Latin: the name and case stems, never the name as a stem (see above).
    "berlin": "berlin|berlina*|berlini*|berlinu*|berlinb*|berlino|berlins|berlinde|berlindeki|berlinden|berlijn*|"
              "berlim*|v berlíně|li berlînê|béc lin|берлін*|берлин*|برلين*|ببرلين|برلین*|بەرلین|بهرلین|βερολίν*|柏林|"
              "በርሊን*|ንበርሊን*|ብበርሊን*",
    "hamburg": "hamburg|hamburga*|hamburgi*|hamburgd*|hamburgb*|hamburgu|hamburgun|hamburgul|hamburgului|hamburgs|"
               "hamburgo|hambourg*|amburgo|hamburk*|li hamburgê|гамбург|гамбурга|гамбурге|гамбургу|гамбургом|"
               "гамбурзі|хамбург|хамбурга|хамбургу|хамбургом|هامبورغ|بهامبورغ|هامبورج|هامبورگ|هامبورګ|هامبۆرگ|"
               "αμβούργ*|汉堡市|在汉堡|汉堡的|漢堡市|在漢堡|ሃምቡርግ*|ሃምበርግ*|ንሃምቡርግ*",
    "muenchen": "münchen|münchena*|müncheni*|münchenu*|münchend*|münchenb*|muenchen|muenchend*|munich*|münih*|"
                "monachium*|mnichov*|minhen*|mynih*|munique*|monaco di baviera|a monaco|mónaco de baviera|мюнхен*|"
                "минхен*|ميونخ|ميونيخ|بميونخ|بميونيخ|مونیخ|مونشن|میونیخ|میونشن|στο μόναχο|το μόναχο|慕尼黑|ሚዩኒክ*|ሙኒክ*|"
                "ሙንሸን*|ንሙኒክ*",
    "koeln": "köln|kölna*|kölnu*|kölnd*|kölnb*|koeln|koelnd*|cologne|en colonia|a colonia|w kolonii|"
             "kolonia nad renem|kolonii nad renem|kolín nad rýnem|kolíně nad rýnem|kolína nad rýnem|keulen|keln|"
             "kelnu|kelna|kelnom|kelnit|li kolnê|кельн|кельна|кельне|кельну|кельном|кельні|кьолн*|келн|келну|келна|"
             "كولونيا|بكولونيا|كولن|بكولن|شهر کلن|در کلن|کلن آلمان|کۆڵن|κολωνία|κολωνίας|科隆|ኮሎኝ*|ኮሎን|ንኮሎኝ*",
    "frankfurt": "frankfurt|frankfurta*|frankfurti*|frankfurtu*|frankfurtt*|frankfurtb*|frankfurcie|francfort*|"
                 "francoforte*|frankfort|франкфурт*|فرانكفورت|بفرانكفورت|فرانکفورت|فرانکفۆرت|φρανκφούρτ*|法兰克福|法蘭克福|"
                 "ፍራንክፈርት*|ፍራንክፉርት*|ንፍራንክፈርት*",
    "stuttgart": "stuttgart|stuttgarta*|stuttgarti*|stuttgartu*|stuttgartt*|stuttgartb*|stuttgarcie|stoccarda*|"
                 "estugarda*|štutgart*|shtutgart*|штутгарт*|щутгарт*|شتوتغارت|بشتوتغارت|شتوتجارت|اشتوتغارت|"
                 "اشتوتگارت|شتوتگارت|στουτγάρδη*|斯图加特|斯圖加特|ሽቱትጋርት*|ስቱትጋርት*",
    "duesseldorf": "düsseldorf|düsseldorfa*|düsseldorfi*|düsseldorfu*|düsseldorft*|düsseldorfb*|duesseldorf|"
                   "dusseldorfie|diseldorf*|dyseldorf*|дюссельдорф*|диселдорф*|дюселдорф*|دوسلدورف|بدوسلدورف|"
                   "دسلدورف|دوسلدۆرف|ντίσελντορφ*|ντύσελντορφ*|杜塞尔多夫|杜塞爾多夫|ዱሰልዶርፍ*",
    "leipzig": "leipzig|leipziga*|leipzigi*|leipzigu*|leipzigd*|leipzigb*|lipsk*|lipsia*|lipcse*|lajpcig*|лейпциг*|"
               "лајпциг*|лайпциг*|لايبزيغ|بلايبزيغ|لايبزيج|لايبتسيغ|لایپزیگ|λειψία*|莱比锡|萊比錫|ላይፕዚግ*|ላይፕሲግ*",
    "dortmund": "dortmund|dortmunda*|dortmundi*|dortmundu*|dortmundd*|dortmundb*|dortmundzie|дортмунд*|دورتموند|"
                "بدورتموند|ντόρτμουντ*|多特蒙德|ዶርትሙንድ*",
    # German "essen" is to eat: other languages' forms only.
    "essen": "magaalada essen|essen de|essen deki|essenu|essenben|esseni|эссен|эссене|эссена|эссену|ессен|ессені|ессена|ессену|"
             "مدينة إسن|في إسن|إيسن|شهر اسن|در اسن|έσσεν|埃森|ኤሰን",
    "bremen": "bremen|bremeni*|bremenu*|bremend*|bremenb*|à brême|brema|bremie|bremy|brémách|бремен|бремене|"
              "бремену|бременом|бремені|بريمن|ببريمن|بریمن|βρέμη|βρέμης|不来梅|不來梅|ብሬመን*",
    "dresden": "dresden|dresdena*|dresdeni*|dresdenu*|dresdend*|dresdenb*|dresde|dresda|drezda*|drezn*|drážďan*|"
               "drezden|drezdenu|drezdena|дрезден*|دريسدن|بدريسدن|درسدن|δρέσδη*|德累斯顿|德勒斯登|ድሬስደን*",
    "hannover": "hannover|hannoveri*|hannoveru*|hannoverd*|hannoverb*|hanover*|hanovre|hanower*|hanovra*|ганновер*|"
                "гановер*|хановер*|هانوفر|بهانوفر|هانوور|αννόβερ*|汉诺威|漢諾威|ሃኖቨር*|ሃኖፈር*",
    "nuernberg": "nürnberg|nürnberga*|nürnbergi*|nürnbergu*|nürnbergd*|nürnbergb*|nuernberg|nuernbergd*|nuremberg*|"
                 "norimberg*|norymberg*|norymberdze|norimberk*|nirnberg*|нюрнберг*|нирнберг*|نورنبرغ|بنورنبرغ|"
                 "نورنبيرغ|نورمبرغ|نورنبرگ|نورنبێرگ|νυρεμβέργη*|纽伦堡|紐倫堡|ኑርንበርግ*|ኑረምበርግ*",
    "duisburg": "duisburg|duisburga*|duisburgi*|duisburgu*|duisburgd*|duisburgb*|duisburgo|duisbourg|дуйсбург*|"
                "دويسبورغ|بدويسبورغ|دويسبورج|دویسبورگ|ντούισμπουργκ|杜伊斯堡",
    "bochum": "bochum|bochuma*|bochumi*|bochumu*|bochumd*|bochumb*|бохум*|بوخوم|ببوخوم|μπόχουμ|波鸿|波鴻",
    "wuppertal": "wuppertal|wuppertala*|wuppertali*|wuppertalu*|wuppertald*|wuppertalb*|вупперталь*|вупертал*|"
                 "вуперталь*|فوبرتال|ووبرتال|ووپرتال|伍珀塔尔|伍珀塔爾",
    "bielefeld": "bielefeld|bielefeldê|bielefelda*|bielefeldi*|bielefeldu*|bielefeldd*|bielefeldb*|bielefeldt*|bielefeldzie|"
                 "билефельд*|білефельд*|билефелд*|بيلفيلد|ببيلفيلد|بيليفيلد|بیلفلد|بیله فلد|比勒费尔德|比勒費爾德",
    "bonn": "bonn|bonnu|bonnda|bonndaki|bonnb*|бонн|бонне|бонна|бонну|бонні|бонном|ببون|مدينة بون|في بون|شهر بن|"
            "شهر بون|βόννη*|波恩",
    "muenster": "in münster|in muenster|stadt münster|münster westfalen|münster nrw|münster in westfalen|münsterd*|"
                "münsteru*|münsterze|münsterben|münster de|мюнстер*|минстер|минстеру|بمونستر|مدينة مونستر|明斯特",
    "mannheim": "mannheim|mannheima*|mannheimi*|mannheimu*|mannheimd*|mannheimb*|мангейм*|маннгейм*|мангайм*|"
                "манхайм*|манхајм*|маннхайм*|مانهايم|بمانهايم|مانهایم|μάνχαιμ|曼海姆",
    "karlsruhe": "karlsruhe|karlsruhed*|karlsruhen*|karlsruhey*|karlsruheb*|карлсруэ*|карлсруе*|كارلسروه|بكارلسروه|"
                 "كارلسروهه|کارلسروهه|کارلسروه|καρλσρούη*|卡尔斯鲁厄|卡爾斯魯厄",
    "augsburg": "augsburg|augsburga*|augsburgi*|augsburgu*|augsburgd*|augsburgb*|augsburgo|augsbourg|augsburk*|"
                "аугсбург*|أوغسبورغ|بأوغسبورغ|أوجسبورج|آگسبورگ|آوگسبورگ|اوگسبورگ|奥格斯堡|奧格斯堡",
    "wiesbaden": "wiesbaden|wiesbadena*|wiesbadeni*|wiesbadenu*|wiesbadend*|wiesbadenb*|висбаден*|вісбаден*|"
                 "فيسبادن|بفيسبادن|ویسبادن|威斯巴登",
    "mainz": "mainz|mainza*|mainzi*|mainzu*|mainzd*|mainzb*|mayence|maguncia*|magonza|moguncj*|mohuč*|mogúncia|"
             "майнц*|ماينتس|بماينتس|ماینتس|ماینز|美因茨",
    "kiel": "kiel|kielu|kielben|kilonia|kilonii|kilonię|киль|киле|киля|килю|кіль|кілі|кілю|مدينة كيل|شهر کیل|"
            "κίελο*|基尔市|在基尔|基爾",
    "erfurt": "erfurt|erfurta*|erfurti*|erfurtu*|erfurtt*|erfurtb*|erfurcie|эрфурт*|ерфурт*|إرفورت|بإرفورت|ارفورت|"
              "爱尔福特|愛爾福特",
    "magdeburg": "magdeburg|magdeburga*|magdeburgi*|magdeburgu*|magdeburgd*|magdeburgb*|magdeburgo|magdebourg|"
                 "magdeburk*|maagdenburg|магдебург*|ماغدبورغ|بماغدبورغ|ماجدبورج|ماگدبورگ|马格德堡|馬格德堡",
    "potsdam": "potsdam|potsdama*|potsdami*|potsdamu*|potsdamd*|potsdamb*|poczdam*|postupim*|потсдам*|بوتسدام|"
               "ببوتسدام|پوتسدام|πότσνταμ|波茨坦",
    "schwerin": "schwerin|schwerina*|schwerini*|schwerinu*|schwerinb*|шверин*|шверін*|شفيرين|什未林",
    "saarbruecken": "saarbrücken|saarbrückena*|saarbrückeni*|saarbrückenu*|saarbrückend*|saarbrückenb*|"
                    "saarbruecken|sarrebruck|саарбрюккен*|саарбрюкен*|ساربروكن|زاربروكن|زاربروکن|ساربروکن|萨尔布吕肯|"
                    "薩爾布呂肯",
    "aachen": "aachen|aachena*|aacheni*|aachenu*|aachend*|aachenb*|aix la chapelle|aquisgran*|akwizgran*|cáchy|"
              "cáchách|in aken|ахен*|аахен*|آخن|بآخن|亚琛|亞琛",
    "braunschweig": "braunschweig|braunschweiga*|braunschweigi*|braunschweigu*|braunschweigd*|braunschweigb*|"
                    "brunswick|brunszwik*|brunšvik*|brunswijk|брауншвейг*|брауншвайг*|брауншвајг*|براونشفايغ|"
                    "براونشفيغ|براونشوایگ|不伦瑞克|布伦瑞克|布倫瑞克",
    "chemnitz": "chemnitz|chemnitza*|chemnitzi*|chemnitzu*|chemnitzd*|chemnitzb*|saská kamenice|хемниц*|كيمنتس|"
                "خمنتس|کمنیتس|開姆尼茨|开姆尼茨",
    "halle": "halle saale|halle an der saale|stadt halle|галле|哈勒",
    "freiburg": "freiburg|freiburga*|freiburgi*|freiburgu*|freiburgd*|freiburgb*|fribourg en brisgau|friburgo*|"
                "fryburg*|фрайбург*|фрейбург*|فرايبورغ|بفرايبورغ|فرايبورج|فرایبورگ|弗赖堡|弗萊堡",
    "kassel": "kassel|kassela*|kasseli*|kasselu*|kasseld*|kasselb*|cassel|кассел*|касел|بكاسل|مدينة كاسل|کاسل|卡塞尔|"
              "卡塞爾|ካሰል*|ካስል*",
    "heidelberg": "heidelberg|heidelberga*|heidelbergi*|heidelbergu*|heidelbergd*|heidelbergb*|гейдельберг*|"
                  "хайдельберг*|гайдельберг*|хайделберг*|хајделберг*|هايدلبرغ|بهايدلبرغ|هايدلبيرغ|هایدلبرگ|"
                  "χαϊδελβέργη*|海德堡",
    "regensburg": "regensburg|regensburga*|regensburgi*|regensburgu*|regensburgd*|regensburgb*|ratisbon*|ratyzbon*|"
                  "регенсбург*|ريغنسبورغ|ريجنسبورج|رگنسبورگ|雷根斯堡",
    "wuerzburg": "würzburg|würzburga*|würzburgi*|würzburgu*|würzburgd*|würzburgb*|wuerzburg|wurzburgo|wurtzbourg|"
                 "вюрцбург*|вирцбург*|فورتسبورغ|فورتسبورج|وورتسبورگ|维尔茨堡|維爾茨堡|维尔兹堡",
    "ingolstadt": "ingolstadt|ingolstadta*|ingolstadti*|ingolstadtu*|ingolstadtt*|ingolstadtb*|ингольштадт*|"
                  "інгольштадт*|инголштат*|إنغولشتات|اینگولشتات|英戈尔施塔特|因戈尔施塔特",
    "ulm": "ulm|ulmu|ulmd*|ulmb*|ульм*|مدينة أولم|شهر اولم|乌尔姆|烏爾姆",
    "gelsenkirchen": "gelsenkirchen|gelsenkirchena*|gelsenkircheni*|gelsenkirchenu*|gelsenkirchend*|"
                     "gelsenkirchenb*|гельзенкирхен*|гельзенкірхен*|гелзенкирхен*|غيلسنكيرشن|غلزنكيرشن|گلزنکیرشن|"
                     "盖尔森基兴|蓋爾森基興",
    "moenchengladbach": "mönchengladbach|mönchengladbacha*|mönchengladbachi*|mönchengladbachu*|mönchengladbacht*|"
                        "mönchengladbachb*|moenchengladbach|mönchen gladbach|мёнхенгладбах*|менхенгладбах*|"
                        "мьонхенгладбах*|مونشنغلادباخ|门兴格拉德巴赫|門興格拉德巴赫",
    "rostock": "rostock|rostocka*|rostocki*|rostocku*|rostockt*|rostockb*|ростоке|ростоку|ростоком|ростока|روستوك|"
               "بروستوك|روستوک|罗斯托克|羅斯托克",
    "luebeck": "lübeck|lübecka*|lübecki*|lübecku*|lübeckt*|lübeckb*|luebeck|lubeka*|lubecca|любек*|لوبيك|لوبک|吕贝克|"
               "呂貝克",
    "krefeld": "krefeld|krefelda*|krefeldi*|krefeldu*|krefeldd*|krefeldb*|крефельд*|كريفيلد|کرفلد|克雷费尔德",
    "oberhausen": "stadt oberhausen|oberhausen nrw|oberhausen rheinland|оберхаузен*|أوبرهاوزن|اوبرهاوزن|奥伯豪森",
    "hagen": "in hagen|stadt hagen|hagen westfalen|hagen nrw|hagen de|хаген*|гаген*|哈根市",
    "hamm": "stadt hamm|hamm westfalen|hamm nrw|hamm in westfalen|хамм",
    "muelheim": "mülheim an der ruhr|mülheim ruhr|muelheim an der ruhr|muelheim ruhr",
    "ludwigshafen": "ludwigshafen|ludwigshafena*|ludwigshafeni*|ludwigshafenu*|ludwigshafend*|ludwigshafenb*|"
                    "людвигсхафен*|людвігсгафен*|لودفيغسهافن|لودویگسهافن|路德维希港",
    "oldenburg": "oldenburg|oldenburga*|oldenburgi*|oldenburgu*|oldenburgd*|oldenburgb*|ольденбург*|أولدنبورغ|"
                 "اولدنبورگ|奥尔登堡",
    "osnabrueck": "osnabrück|osnabrücka*|osnabrücki*|osnabrücku*|osnabrückt*|osnabrückb*|osnabrueck|оснабрюк*|"
                  "أوسنابروك|اوسنابروک|اسنابروک|奥斯纳布吕克",
    "leverkusen": "leverkusen|leverkusena*|leverkuseni*|leverkusenu*|leverkusend*|leverkusenb*|леверкузен*|"
                  "ليفركوزن|لورکوزن|勒沃库森",
    "darmstadt": "darmstadt|darmstadta*|darmstadti*|darmstadtu*|darmstadtt*|darmstadtb*|дармштадт*|دارمشتات|达姆施塔特",
    "solingen": "solingen|solingena*|solingeni*|solingenu*|solingend*|solingenb*|золинген*|золінген*|زولينغن|"
                "زولینگن|索林根",
    "herne": "in herne|stadt herne|herne nrw|hernes|herne de|херне|герне|هيرنه",
    "neuss": "neuss|neussa*|neussi*|neussu*|neusst*|neussb*|нойс*|诺伊斯",
    "paderborn": "paderborn|paderborna*|paderborni*|paderbornu*|paderbornd*|paderbornb*|падерборн*|بادربورن|"
                 "پادربورن|帕德博恩",
    "offenbach": "offenbach|offenbacha*|offenbachi*|offenbachu*|offenbacht*|offenbachb*|оффенбах*|أوفنباخ|اوفنباخ|"
                 "奥芬巴赫",
    "fuerth": "fürth|fürtha*|fürthi*|fürthu*|fürtht*|fürthb*|fuerth|фюрт*|菲尔特",
    "heilbronn": "heilbronn|heilbronna*|heilbronni*|heilbronnu*|heilbronnd*|heilbronnb*|хайльбронн*|гейльбронн*|"
                 "هايلبرون|هایلبرون|海尔布隆",
    "pforzheim": "pforzheim|pforzheima*|pforzheimi*|pforzheimu*|pforzheimd*|pforzheimb*|пфорцхайм*|пфорцгейм*|"
                 "بفورتسهايم|فورتسهایم|普福尔茨海姆",
    "wolfsburg": "wolfsburg|wolfsburga*|wolfsburgi*|wolfsburgu*|wolfsburgd*|wolfsburgb*|вольфсбург*|فولفسبورغ|"
                 "ولفسبورگ|沃尔夫斯堡",
    "goettingen": "göttingen|göttingena*|göttingeni*|göttingenu*|göttingend*|göttingenb*|goettingen|геттинген*|"
                  "гёттинген*|геттінген*|غوتينغن|گوتینگن|哥廷根",
    "bottrop": "bottrop|bottropa*|bottropi*|bottropu*|bottropt*|bottropb*|ботроп*|боттроп*|博特罗普",
    "reutlingen": "reutlingen|reutlingena*|reutlingeni*|reutlingenu*|reutlingend*|reutlingenb*|ройтлинген*|"
                  "ройтлінген*|رويتلينغن|罗伊特林根",
    "erlangen": "in erlangen|stadt erlangen|erlangen bayern|erlangen de|erlangenu|эрланген*|ерланген*|إرلانغن|"
                "ارلانگن|埃尔朗根",
    "bremerhaven": "bremerhaven|bremerhavena*|bremerhaveni*|bremerhavenu*|bremerhavend*|bremerhavenb*|бремерхафен*|"
                   "بريمرهافن|برمرهافن|不来梅港",
    "koblenz": "koblenz|koblenza*|koblenzi*|koblenzu*|koblenzd*|koblenzb*|coblence|coblenza|koblencj*|кобленц*|"
               "كوبلنز|کوبلنتس|科布伦茨",
    "bergisch_gladbach": "bergisch gladbach|бергиш гладбах*|贝尔吉施格拉德巴赫",
    "remscheid": "remscheid|remscheida*|remscheidi*|remscheidu*|remscheidd*|remscheidb*|ремшайд*|雷姆沙伊德",
    "trier": "in trier|stadt trier|trieru|treviri|tréveris|trewir*|трир|трире|трира|триру|триром|трірі|ترير|تریر|"
             "特里尔",
    "recklinghausen": "recklinghausen|recklinghausena*|recklinghauseni*|recklinghausenu*|recklinghausend*|"
                      "recklinghausenb*|реклингхаузен*|雷克林豪森",
    "jena": "in jena|stadt jena|jena thüringen|uni jena|jena de|jenie|يينا|耶拿",
    "moers": "moers|moersa*|moersi*|moersu*|moersb*|默尔斯",
    "salzgitter": "salzgitter|salzgittera*|salzgitteri*|salzgitteru*|salzgitterd*|salzgitterb*|зальцгиттер*|萨尔茨吉特",
    "siegen": "in siegen|stadt siegen|siegen de|siegenu|зиген*|зіген*|زيغن|زیگن|锡根",
    "guetersloh": "gütersloh|gütersloha*|güterslohi*|güterslohu*|gütersloht*|güterslohb*|guetersloh|гютерсло*|居特斯洛",
    "hildesheim": "hildesheim|hildesheima*|hildesheimi*|hildesheimu*|hildesheimd*|hildesheimb*|хильдесхайм*|"
                  "хильдесгейм*|хільдесгайм*|هيلدسهايم|هیلدسهایم|希尔德斯海姆",
    "hanau": "hanau|hanaud*|hanaun*|hanauy*|hanaub*|ханау|ганау|هاناو|哈瑙",
    "cottbus": "cottbus|cottbusa*|cottbusi*|cottbusu*|cottbust*|cottbusb*|chociebuż*|котбус*|коттбус*|كوتبوس|"
               "کوتبوس|科特布斯",
    "kaiserslautern": "kaiserslautern|kaiserslauterna*|kaiserslauterni*|kaiserslauternu*|kaiserslauternd*|"
                      "kaiserslauternb*|кайзерслаутерн*|كايزرسلاوترن|凯泽斯劳滕",
    "gera": "in gera|stadt gera|gera thüringen|格拉市",
    "zwickau": "zwickau|zwickaud*|zwickaun*|zwickauy*|zwickaub*|цвиккау|цвикау|茨维考",
    "flensburg": "flensburg|flensburga*|flensburgi*|flensburgu*|flensburgd*|flensburgb*|фленсбург*|فلنسبورغ|弗伦斯堡",
    "tuebingen": "tübingen|tübingena*|tübingeni*|tübingenu*|tübingend*|tübingenb*|tuebingen|тюбинген*|тюбінген*|"
                 "توبينغن|توبینگن|图宾根",
    "konstanz": "konstanz|konstanza*|konstanzi*|konstanzu*|konstanzd*|konstanzb*|констанц|констанце|康斯坦茨",
    "bamberg": "bamberg|bamberga*|bambergi*|bambergu*|bambergd*|bambergb*|бамберг*|بامبرغ|بامبرگ|班贝格",
    "bayreuth": "bayreuth|bayreutha*|bayreuthi*|bayreuthu*|bayreutht*|bayreuthb*|байройт*|بايرويت|拜罗伊特",
    "passau": "passau|passaud*|passaun*|passauy*|passaub*|пассау|باساو|پاساو|帕绍",
    "rosenheim": "rosenheim|rosenheima*|rosenheimi*|rosenheimu*|rosenheimd*|rosenheimb*|розенхайм*|розенгайм*|"
                 "روزنهايم|روزنهایم|罗森海姆",
    "marburg": "marburg|marburga*|marburgi*|marburgu*|marburgd*|marburgb*|марбург*|ماربورغ|ماربورگ|马尔堡",
    "fulda": "fulda|fuldad*|fuldan*|fulday*|fuldab*|фульда|фульде|фульди|فولدا|富尔达",
    "giessen": "in gießen|in giessen|stadt gießen|stadt giessen|giessen hessen|gießen hessen|giessen de|gießen de|"
               "giessenu|гиссен*|гісен*|гіссен*|غيسن|گیسن|گیزن|吉森|ጊሰን*|ጊሴን*",
    "weimar": "weimar|weimaru|weimard*|веймар|веймаре|ваймар|魏玛",
    "dessau": "dessau|dessaud*|dessaun*|dessauy*|dessaub*|дессау|ديساو|德绍",
    "eisenhuettenstadt": "eisenhüttenstadt|eisenhüttenstadta*|eisenhüttenstadti*|eisenhüttenstadtu*|"
                         "eisenhüttenstadtt*|eisenhüttenstadtb*|eisenhuettenstadt|айзенхюттенштадт*|آيزنهوتنشتات",
    "zirndorf": "zirndorf|zirndorfa*|zirndorfi*|zirndorfu*|zirndorft*|zirndorfb*|цирндорф*|تسيرندورف",
    "friedland": "lager friedland|in friedland|friedland de|фридланд*|фрідланд*|فريدلاند",
    "neumuenster": "neumünster|neumünstera*|neumünsteri*|neumünsteru*|neumünsterd*|neumünsterb*|neumuenster|"
                   "ноймюнстер*|نويمونستر",
    "ludwigsburg": "ludwigsburg|ludwigsburga*|ludwigsburgi*|ludwigsburgu*|ludwigsburgd*|ludwigsburgb*|людвигсбург*|"
                   "لودفيغسبورغ|路德维希堡",
    "ruesselsheim": "rüsselsheim|rüsselsheima*|rüsselsheimi*|rüsselsheimu*|rüsselsheimd*|rüsselsheimb*|"
                    "ruesselsheim|рюссельсхайм*|吕瑟尔斯海姆",
}

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
}
