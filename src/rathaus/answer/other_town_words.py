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

PLACES maps an id (the German name in ASCII) to the ways citizens write the town in the 27 languages: the
German name, umlauts as "ue"/"oe" ("München" is "munchen" once marks are gone, hence only "muenchen"
besides), exonyms ("Munich", "Monachium", "Münih", "Мюнхен", "ميونخ", "مونیخ", "慕尼黑", "ሙኒክ") and case
forms. "Frankfurt" is both Frankfurts, one id. A German name is never a stem, which would find "Berliner
Straße", "Hamburger", "Münchener Freiheit", a street or word of the own town: it is written with the first
letters of case endings as stems, "berlina*" "berlini*" "berlinu*" (Polish, Czech, Croatian, Albanian,
Romanian, Hungarian "berlini"), "berlind*"/"frankfurtt*" (Turkish "Hamburgda", "Frankfurtta"; "Köln'de" is
the words "koln de"), "berlinb*" (Hungarian "Berlinben"), after a vowel "d* n* y* b*"; the endings these
miss are single forms: Kurmanji "-ê" ("Osnabrückê", "Dortmundê"; after a vowel "-yê", found by "y*"),
Polish "-cie", "-dzie", "-rze" ("Landshucie", "Darmstadcie", "Detmoldzie", "Salzgitterze"). Cyrillic,
Arabic, Greek and Ge'ez names, and exonyms ("monachium*"), are stems or single forms; Serbian in both
scripts as it is spoken ("визбаден*", "vizbaden*", "мајнц*", "Визбадену"). Greek loses its accents and
diaeresis like any other mark ("Άουγκσμπουργκ" is "αουγκσμπουργκ", "Μάνχαϊμ" "μανχαιμ"), Arabic script its
hamza: Sorani writes "ئ" before a vowel that begins a name ("ئۆلدنبورگ", "ئێرفورت", "ئاخن": "ئ" is then
"ي"), and "ە ۆ ێ" are also typed "ه و ی". Kept though rarely words: "cologne" and Greek "κολωνία" (a
perfume), Dutch "kiel" and Russian "киль" (a keel), "Keulen" (clubs). Collisions avoided:
- German words: "essen" (to eat, "in der Stadt essen": Essen only in other languages' forms), "Halle"
  (hall: "Halle (Saale)", "Stadt Halle"), "gießen", "siegen", "erlangen" (to pour, win, attain),
  "Münster" (a minster), "hamm" (colloquial "haben"), Hagen (a surname) and French "trier" (to sort),
  Portuguese "gera", Romanian "jenă", Czech "herně": these towns only after "in", "Stadt" or with their
  region; districts of other towns only in full ("Mülheim an der Ruhr", "Stadt Oberhausen", no bare
  "Gladbach"); Worms, Minden (Hungarian "all"), Düren (Dutch "to last"), Celle and Brandenburg left out;
  "Hof" (yard, court, farm: "einen Hof in Bayern geerbt"), "Heide" (heath, a name), "weiden" (pastures,
  willows, to graze) only with their region or "Stadt" ("Hof an der Saale", "Hof (Saale)", "Heide
  (Holstein)", "Weiden i.d.OPf."), Dutch "witten" (the whites; also "Wittenau", "Wittenberg") likewise;
- names of districts and regions: no Schleswig (the state "Schleswig-Holstein", the district
  "Schleswig-Flensburg" that towns there belong to); Rendsburg and Eckernförde only after "in", "Stadt"
  or in case forms (the district "Rendsburg-Eckernförde"), Segeberg only as "Bad Segeberg" (the district
  "Kreis Segeberg"); a district named after its seat counts as the town ("Landkreis Dachau", like "Landkreis
  München"); Neu-Ulm is also found as Ulm, another town all the same;
- case stems that are words: "hamburgu*" (Spanish "hamburguesa"), "bremena*" (Czech, Slovene, Croatian
  "břemeno", "breme": burden; so no French "Brême"), "schwerind*" ("Schwerindustrie"), "hannovera*" (a
  horse), "kölni*" (Hungarian cologne; "kelni": to rise), "berlind*" (Portuguese "berlinda"), "bonn*"
  (French "bonne"), "marli*", "marlb*" ("Marlies", "marlin", "Marlboro": Marl only as single forms),
  "rheinen*" ("RheinEnergie"), "bohum*" (Czech "Bohumil", "Bohumín"), "konstanc*" (Croatian "konstancija");
  "berline" (French saloon car) only as Czech "v Berlíně", Kurmanji "li Berlînê"; likewise Kurmanji
  "li Bonnê" (French "bonne"), "li Hammê" (Dutch "Hamme");
- other languages: Polish "kolonia", Spanish and Italian "colonia" (a colony, summer camp, neighbourhood:
  "w Kolonii", "en Colonia"), Czech "Kolín" (a Czech town), Italian "Monaco" (also a monk: "a Monaco",
  "Monaco di Baviera"), Greek "Μόναχο" ("μοναχό", monk: "στο Μόναχο"; no "του Μονάχου", "μοναχού");
  Russian "гамбургер", "кельнер" (waiter), "бремени" (burden), "росток" (sprout: "Ростоке"),
  "трирічний", "эссенция", "мерс" (a Mercedes: no Cyrillic or Greek Moers), "иена"/"єна"/"јена" and
  Polish "jeny" (yen), "есен" (Bulgarian autumn; Serbian "Есену" is Essen), Serbian "хале" (halls: no
  Serbian Halle), Russian "хам" (a boor: no Cyrillic Hamm), "марля" (gauze: no "Марль"), Bulgarian and
  Serbian "хайде"/"хајде" and Greek "χάιντε" (come on: no Cyrillic or Greek Heide), Serbian "Кил" only "у
  Килу", Greek "κολόνια" (cologne: no "Κολονία"), "κασέλα" (a chest: Kassel only "Κάσελ"), "Χαλέπι"
  (Aleppo: no Greek stem for Halle); Arabic "هام" (important: no Arabic Hamm), "كيل" (measure: Kiel only
  after "مدينة", "شهر", "شاری"), "بون" (a gap), "نويس" and "مونستر" (Persian "write", "monster"),
  "يؤلم" (it hurts, which Sorani "ئولم" becomes: no Sorani Ulm), "فورت" ("فورت وورث", Fort Worth: no
  Arabic Fürth), "مورس" (Morse: no Arabic Moers); Persian "کلن" (typed for "کلاً"), "بن" (a voucher),
  "برمن", "اولم", "هاگن" (a name: Hagen after "شهر", "در"), "هایده" (a name: no Heide), "مونشن‌گلادباخ"
  (with the joiner it is "مونشن", Munich, and "گلادباخ": only "مونشنگلادباخ"); Sorani "بۆن" (a smell:
  "شاری بۆن", "لە بۆن"); Italian "Costanza", Spanish "Constanza", French "Constance", Greek "Κωνσταντία"
  (names; constancy), French "Trèves" (truces), Italian "Augusta", Czech "Kostnice" and Polish "Kostnica"
  (an ossuary), Czech "Pasov" (Serbian "pasove", belts), Vietnamese "Bon" ("bọn", a gang), "Cô-lô-nhơ"
  ("cô", "lo", "nhớ"); Chinese "汉堡" (a hamburger: "汉堡市", "在汉堡"), "哈根" (Häagen-Dazs), "海德" (in
  "海德堡", Heidelberg: no Chinese Heide), "林道" (a forest road: "林道市", "在林道"), "加兴" ("增加兴趣":
  "加兴市", "在加兴"), "霍夫" (Hoffmann: "霍夫市"), "维滕" (in "维滕贝格", Wittenberg: "维滕市"), "马尔" (in
  "马尔代夫", the Maldives: no Chinese Marl); "柏林" is also in "都柏林" (Dublin), as foreign.

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
               "hamburgo|hambourg*|amburgo|hamburk*|li hamburgê|hăm buốc|hamburgê|гамбург|гамбурга|гамбурге|гамбургу|"
               "гамбургом|гамбурзі|хамбург|хамбурга|хамбургу|хамбургом|هامبورغ|بهامبورغ|هامبورج|هامبورگ|هامبورګ|"
               "هامبۆرگ|αμβούργ*|汉堡市|在汉堡|汉堡的|漢堡市|在漢堡|ሃምቡርግ*|ሃምበርግ*|ንሃምቡርግ*",
    "muenchen": "münchen|münchena*|müncheni*|münchenu*|münchend*|münchenb*|muenchen|muenchend*|munich*|münih*|"
                "monachium*|mnichov*|minhen*|mynih*|munique*|monaco di baviera|a monaco|mónaco de baviera|münchenê|"
                "мюнхен*|минхен*|ميونخ|ميونيخ|بميونخ|بميونيخ|مونیخ|مونشن|میونیخ|میونشن|στο μόναχο|το μόναχο|慕尼黑|ሚዩኒክ*|"
                "ሙኒክ*|ሙንሸን*|ንሙኒክ*",
    "koeln": "köln|kölna*|kölnu*|kölnd*|kölnb*|koeln|koelnd*|cologne|en colonia|a colonia|w kolonii|kolonia nad renem|"
             "kolonii nad renem|kolín nad rýnem|kolíně nad rýnem|kolína nad rýnem|keulen|keln|kelnu|kelna|kelnom|"
             "kelnit|li kolnê|kölnê|кельн|кельна|кельне|кельну|кельном|кельні|кьолн*|келн|келну|келна|келном|كولونيا|"
             "بكولونيا|كولن|بكولن|شهر کلن|در کلن|کلن آلمان|کۆڵن*|کۆلن|κολωνία|κολωνίας|κέλν|科隆|ኮሎኝ*|ኮሎን|ንኮሎኝ*",
    "frankfurt": "frankfurt|frankfurta*|frankfurti*|frankfurtu*|frankfurtt*|frankfurtb*|frankfurcie|francfort*|"
                 "francoforte*|frankfort|phrăng phuốc|frankfurtê|франкфурт*|فرانكفورت|بفرانكفورت|فرانکفورت|فرانکفۆرت|"
                 "فرانکفورټ|فرانکفورتی|φρανκφούρτ*|法兰克福|法蘭克福|ፍራንክፈርት*|ፍራንክፉርት*|ንፍራንክፈርት*",
    "stuttgart": "stuttgart|stuttgarta*|stuttgarti*|stuttgartu*|stuttgartt*|stuttgartb*|stuttgarcie|stoccarda*|"
                 "estugarda*|štutgart*|shtutgart*|xtút ga|stuttgartê|штутгарт*|щутгарт*|штудгарт*|شتوتغارت|بشتوتغارت|"
                 "شتوتجارت|اشتوتغارت|اشتوتگارت|شتوتگارت|شتوتګارت|شټوټګارټ|στουτγάρδη*|斯图加特|斯圖加特|ሽቱትጋርት*|ስቱትጋርት*",
    "duesseldorf": "düsseldorf|düsseldorfa*|düsseldorfi*|düsseldorfu*|düsseldorft*|düsseldorfb*|duesseldorf|diseldorf*|"
                   "dyseldorf*|düsseldorfê|дюссельдорф*|диселдорф*|дюселдорф*|دوسلدورف|بدوسلدورف|دسلدورف|دوسلدۆرف|"
                   "دوسلدورفی|ντίσελντορφ*|ντύσελντορφ*|杜塞尔多夫|杜塞爾多夫|ዱሰልዶርፍ*",
    "leipzig": "leipzig|leipziga*|leipzigi*|leipzigu*|leipzigd*|leipzigb*|lipsk*|lipsia*|lipcse*|lajpcig*|leipzigê|"
               "лейпциг*|лајпциг*|лайпциг*|لايبزيغ|بلايبزيغ|لايبزيج|لايبتسيغ|لایپزیگ|لایپزیګ|لایپزیک|لايبزغ|λειψία*|"
               "莱比锡|萊比錫|ላይፕዚግ*|ላይፕሲግ*",
    "dortmund": "dortmund|dortmunda*|dortmundi*|dortmundu*|dortmundd*|dortmundb*|dortmundzie|dortmundê|дортмунд*|"
                "دورتموند|بدورتموند|دۆرتمۆند|دۆرتموند|دورتمند|ντόρτμουντ*|多特蒙德|ዶርትሙንድ*",
    # German "essen" is to eat: other languages' forms only.
    "essen": "magaalada essen|essen de|essen deki|essenu|essenben|esseni|essenê|эссен|эссене|эссена|эссену|ессен|"
             "ессені|ессена|ессену|есену|есеном|مدينة إسن|في إسن|إيسن|شهر اسن|در اسن|ایسن|ئێسن|ئیسن|έσσεν|έσεν|埃森|ኤሰን",
    "bremen": "bremen|bremeni*|bremenu*|bremend*|bremenb*|à brême|brema|bremie|bremy|brémách|bremenê|бремен|бремене|"
              "бремену|бременом|бремені|بريمن|ببريمن|بریمن|برێمن|βρέμη|βρέμης|μπρέμεν|不来梅|不來梅|ብሬመን*",
    "dresden": "dresden|dresdena*|dresdeni*|dresdenu*|dresdend*|dresdenb*|dresde|dresda|drezda*|drezn*|drážďan*|"
               "drezden|drezdenu|drezdena|đrét xđen|dresdenê|дрезден*|دريسدن|بدريسدن|درسدن|درێسدن|δρέσδη*|ντρέσντεν*|"
               "德累斯顿|德勒斯登|ድሬስደን*",
    "hannover": "hannover|hannoveri*|hannoveru*|hannoverd*|hannoverb*|hanover*|hanovre|hanower*|hanovra*|hannoverê|"
                "hannoverze|ганновер*|гановер*|хановер*|هانوفر|بهانوفر|هانوور|هانۆڤەر|هانۆفەر|هانوفەر|αννόβερ*|ανόβερ*|"
                "汉诺威|漢諾威|ሃኖቨር*|ሃኖፈር*",
    "nuernberg": "nürnberg|nürnberga*|nürnbergi*|nürnbergu*|nürnbergd*|nürnbergb*|nuernberg|nuernbergd*|nuremberg*|"
                 "norimberg*|norymberg*|norymberdze|norimberk*|nirnberg*|nürnbergê|нюрнберг*|нирнберг*|نورنبرغ|"
                 "بنورنبرغ|نورنبيرغ|نورمبرغ|نورنبرگ|نورنبێرگ|نورنبرګ|نورنبیرگ|νυρεμβέργη*|νούρεμπεργκ*|νυρεμβέργ*|纽伦堡|"
                 "紐倫堡|ኑርንበርግ*|ኑረምበርግ*",
    "duisburg": "duisburg|duisburga*|duisburgi*|duisburgu*|duisburgd*|duisburgb*|duisburgo|duisbourg|dizburg*|"
                "duizburg*|duisburgê|дуйсбург*|дуизбург*|дуисбург*|дюйсбург*|дуїсбург*|دويسبورغ|بدويسبورغ|دويسبورج|"
                "دویسبورگ|دویسبورګ|دویسبۆرگ|ντούισμπουργ*|杜伊斯堡|ዱይስቡርግ*",
    "bochum": "bochum|bochuma*|bochumi*|bochumu*|bochumd*|bochumb*|bochumê|бохум*|بوخوم|ببوخوم|بۆخوم|بوخم|μπόχουμ|波鸿|"
              "波鴻",
    "wuppertal": "wuppertal|wuppertala*|wuppertali*|wuppertalu*|wuppertald*|wuppertalb*|vupertal*|wuppertalê|"
                 "вупперталь*|вупертал*|вуперталь*|فوبرتال|ووبرتال|ووپرتال|ڤوپەرتال|ووپەرتال|βούπερταλ*|βούππερταλ*|"
                 "伍珀塔尔|伍珀塔爾",
    "bielefeld": "bielefeld|bielefeldê|bielefelda*|bielefeldi*|bielefeldu*|bielefeldd*|bielefeldb*|bielefeldt*|"
                 "bielefeldzie|bilefeld*|билефельд*|білефельд*|билефелд*|بيلفيلد|ببيلفيلد|بيليفيلد|بیلفلد|بیله فلد|"
                 "بیلەفێلد|بیلفێلد|μπίλεφελντ*|比勒费尔德|比勒費爾德|ቢለፈልድ*",
    "bonn": "bonn|bonnu|bonnda|bonndaki|bonnb*|li bonnê|бонн|бонне|бонна|бонну|бонні|бонном|у бону|ببون|مدينة بون|"
            "في بون|شهر بن|شهر بون|شاری بۆن|لە بۆن|βόννη*|波恩",
    "muenster": "in münster|in muenster|stadt münster|münster westfalen|münster nrw|münster in westfalen|münsterd*|"
                "münsteru*|münsterze|münsterben|münster de|minsteru|münsterê|мюнстер*|минстер*|بمونستر|مدينة مونستر|"
                "في مونستر|شهر مونستر|در مونستر|شاری مونستەر|لە مونستەر|μύνστερ*|μίνστερ*|μούνστερ*|明斯特",
    "mannheim": "mannheim|mannheima*|mannheimi*|mannheimu*|mannheimd*|mannheimb*|manhajm*|mannheimê|мангейм*|маннгейм*|"
                "мангайм*|манхайм*|манхајм*|маннхайм*|مانهايم|بمانهايم|مانهایم|μάνχαιμ*|曼海姆|ማንሃይም*",
    "karlsruhe": "karlsruhe|karlsruhed*|karlsruhen*|karlsruhey*|karlsruheb*|karlsrue*|карлсруэ*|карлсруе*|كارلسروه|"
                 "بكارلسروه|كارلسروهه|کارلسروهه|کارلسروه|کارلسروهە|καρλσρούη*|卡尔斯鲁厄|卡爾斯魯厄|ካርልስሩሄ*",
    "augsburg": "augsburg|augsburga*|augsburgi*|augsburgu*|augsburgd*|augsburgb*|augsburgo|augsbourg|augsburk*|"
                "augzburg*|augsburgê|аугсбург*|аугзбург*|أوغسبورغ|بأوغسبورغ|أوجسبورج|آگسبورگ|آوگسبورگ|اوگسبورگ|"
                "ئاوگسبۆرگ|ئاوگسبورگ|آګسبورګ|اوګسبورګ|άουγκσμπουργ*|αουγκσβούργ*|奥格斯堡|奧格斯堡|ኣውግስቡርግ*",
    "wiesbaden": "wiesbaden|wiesbadena*|wiesbadeni*|wiesbadenu*|wiesbadend*|wiesbadenb*|vizbaden*|wiesbadenê|висбаден*|"
                 "вісбаден*|визбаден*|فيسبادن|بفيسبادن|ویسبادن|ڤیسبادن|βισμπάντεν*|威斯巴登|ቪስባደን*",
    "mainz": "mainz|mainza*|mainzi*|mainzu*|mainzd*|mainzb*|mayence|maguncia*|magonza|moguncj*|mohuč*|mogúncia|majnc*|"
             "mainzê|майнц*|мајнц*|ماينتس|بماينتس|ماینتس|ماینز|ماينز|μάιντς*|μάυντς*|美因茨|ማይንዝ*",
    "kiel": "kiel|kielu|kielben|kilonia|kilonii|kilonię|kielê|киль|киле|киля|килю|кіль|кілі|кілю|у килу|مدينة كيل|"
            "شهر کیل|شاری کیل|κίελο*|基尔市|在基尔|基爾",
    "erfurt": "erfurt|erfurta*|erfurti*|erfurtu*|erfurtt*|erfurtb*|erfurcie|erfurtê|эрфурт*|ерфурт*|إرفورت|بإرفورت|"
              "ارفورت|ئێرفورت|ئێرفۆرت|έρφουρτ*|爱尔福特|愛爾福特|ኤርፉርት*",
    "magdeburg": "magdeburg|magdeburga*|magdeburgi*|magdeburgu*|magdeburgd*|magdeburgb*|magdeburgo|magdebourg|"
                 "magdeburk*|maagdenburg|magdeburgê|магдебург*|ماغدبورغ|بماغدبورغ|ماجدبورج|ماگدبورگ|ماګدبورګ|ماگدبۆرگ|"
                 "μαγδεβούργ*|μαγδεμβούργ*|μάγκντεμπουργκ*|马格德堡|馬格德堡|ማግደቡርግ*",
    "potsdam": "potsdam|potsdama*|potsdami*|potsdamu*|potsdamd*|potsdamb*|poczdam*|postupim*|potsdamê|потсдам*|بوتسدام|"
               "ببوتسدام|پوتسدام|پۆتسدام|πότσνταμ|波茨坦|ፖትስዳም*",
    "schwerin": "schwerin|schwerina*|schwerini*|schwerinu*|schwerinb*|šverin*|schwerinê|шверин*|шверін*|شفيرين|شورین|"
                "شڤێرین|شوێرین|σβερίν*|什未林",
    "saarbruecken": "saarbrücken|saarbrückena*|saarbrückeni*|saarbrückenu*|saarbrückend*|saarbrückenb*|saarbruecken|"
                    "sarrebruck|sarbriken*|saarbrückenê|саарбрюккен*|саарбрюкен*|сарбрикен*|саарбрикен*|сарбрюкен*|"
                    "ساربروكن|زاربروكن|زاربروکن|ساربروکن|ζααρμπρύκεν*|ζααρμπρούκεν*|σααρμπρύκεν*|萨尔布吕肯|薩爾布呂肯",
    "aachen": "aachen|aachena*|aacheni*|aachenu*|aachend*|aachenb*|aix la chapelle|aquisgran*|akwizgran*|cáchy|cáchách|"
              "in aken|aachenê|ахен*|аахен*|آخن|بآخن|ئاخن|άαχεν*|ακυίσγρανο*|亚琛|亞琛|ኣኸን*",
    "braunschweig": "braunschweig|braunschweiga*|braunschweigi*|braunschweigu*|braunschweigd*|braunschweigb*|brunswick|"
                    "brunszwik*|brunšvik*|brunswijk|braunšvajg*|braunschweigê|брауншвейг*|брауншвайг*|брауншвајг*|"
                    "براونشفايغ|براونشفيغ|براونشوایگ|براونشڤایگ|μπράουνσβαι*|βρουνσβίκ*|不伦瑞克|布伦瑞克|布倫瑞克|ብራውንሽዋይግ*",
    "chemnitz": "chemnitz|chemnitza*|chemnitzi*|chemnitzu*|chemnitzd*|chemnitzb*|saská kamenice|kemnic*|chemnitzê|"
                "хемниц*|кемниц*|хемніц*|كيمنتس|خمنتس|کمنیتس|کێمنیتس|کمنیتز|κέμνιτς*|χέμνιτς*|開姆尼茨|开姆尼茨|ኬምኒትዝ*",
    "halle": "halle saale|halle an der saale|stadt halle|halleyê|галле|халле|مدينة هاله|شهر هاله|χάλλε|哈勒",
    "freiburg": "freiburg|freiburga*|freiburgi*|freiburgu*|freiburgd*|freiburgb*|fribourg en brisgau|friburgo*|"
                "fryburg*|frajburg*|freiburgê|фрайбург*|фрейбург*|фрајбург*|فرايبورغ|بفرايبورغ|فرايبورج|فرایبورگ|"
                "فرایبورګ|فرایبۆرگ|φράιμπουργ*|φρειβούργ*|弗赖堡|弗萊堡|ፍራይቡርግ*",
    "kassel": "kassel|kassela*|kasseli*|kasselu*|kasseld*|kasselb*|cassel|kaselu|kasselê|кассел*|касел|каселу|касела|"
              "каселом|بكاسل|مدينة كاسل|کاسل|کاسڵ|κάσελ|卡塞尔|卡塞爾|ካሰል*|ካስል*",
    "heidelberg": "heidelberg|heidelberga*|heidelbergi*|heidelbergu*|heidelbergd*|heidelbergb*|hajdelberg*|heidelbergê|"
                  "гейдельберг*|хайдельберг*|гайдельберг*|хайделберг*|хајделберг*|هايدلبرغ|بهايدلبرغ|هايدلبيرغ|"
                  "هایدلبرگ|هایدلبرګ|هایدلبێرگ|χαϊδελβέργη*|χάιντελμπεργκ*|χαϊδελβέργ*|海德堡|ሃይደልበርግ*",
    "regensburg": "regensburg|regensburga*|regensburgi*|regensburgu*|regensburgd*|regensburgb*|ratisbon*|ratyzbon*|"
                  "regenzburg*|řezno|řezna|řeznu|řezně|regensburgê|регенсбург*|регензбург*|ريغنسبورغ|ريجنسبورج|"
                  "رگنسبورگ|رێگنسبۆرگ|رگنسبورګ|ρέγκενσμπουργκ*|ρεγκενσβούργ*|ρατισβόνη*|雷根斯堡|ረገንስቡርግ*",
    "wuerzburg": "würzburg|würzburga*|würzburgi*|würzburgu*|würzburgd*|würzburgb*|wuerzburg|wurzburgo|wurtzbourg|"
                 "vircburg*|würzburgê|вюрцбург*|вирцбург*|فورتسبورغ|فورتسبورج|وورتسبورگ|ڤورتسبۆرگ|وورتسبورګ|"
                 "βίρτσμπουργκ*|βύρτσμπουργκ*|βυρτσβούργ*|维尔茨堡|維爾茨堡|维尔兹堡|ቩርዝቡርግ*",
    "ingolstadt": "ingolstadt|ingolstadta*|ingolstadti*|ingolstadtu*|ingolstadtt*|ingolstadtb*|ingolštat*|ingolstadtê|"
                  "ingolstadcie|ингольштадт*|інгольштадт*|инголштат*|إنغولشتات|اینگولشتات|ئینگۆلشتات|اینگولشتاټ|"
                  "ίνγκολσταντ*|ίνγκολστατ*|英戈尔施塔特|因戈尔施塔特",
    "ulm": "ulm|ulmu|ulmd*|ulmb*|ulmê|ульм*|улм|улму|улмом|مدينة أولم|شهر اولم|ουλμ|乌尔姆|烏爾姆|ኡልም*",
    "gelsenkirchen": "gelsenkirchen|gelsenkirchena*|gelsenkircheni*|gelsenkirchenu*|gelsenkirchend*|gelsenkirchenb*|"
                     "gelzenkirhen*|gelsenkirchenê|гельзенкирхен*|гельзенкірхен*|гелзенкирхен*|غيلسنكيرشن|غلزنكيرشن|"
                     "گلزنکیرشن|گێلزنکیرشن|γκέλζενκιρχεν*|γκελσενκίρχεν*|盖尔森基兴|蓋爾森基興",
    "moenchengladbach": "mönchengladbach|mönchengladbacha*|mönchengladbachi*|mönchengladbachu*|mönchengladbacht*|"
                        "mönchengladbachb*|moenchengladbach|mönchen gladbach|menhengladbah*|mönchengladbachê|"
                        "мёнхенгладбах*|менхенгладбах*|мьонхенгладбах*|مونشنغلادباخ|مونشنگلادباخ|مۆنشنگلادباخ|"
                        "μένχενγκλαντμπαχ*|门兴格拉德巴赫|門興格拉德巴赫",
    "rostock": "rostock|rostocka*|rostocki*|rostocku*|rostockt*|rostockb*|rostockê|ростоке|ростоку|ростоком|ростока|"
               "ростоці|روستوك|بروستوك|روستوک|رۆستۆک|ρόστοκ*|罗斯托克|羅斯托克|ሮስቶክ*",
    "luebeck": "lübeck|lübecka*|lübecki*|lübecku*|lübeckt*|lübeckb*|luebeck|lubeka*|lubecca|libek*|lübeckê|любек*|"
               "либек*|لوبيك|لوبک|لوبێک|لوبیک|λύμπεκ*|λίμπεκ*|λυβέκη*|吕贝克|呂貝克",
    "krefeld": "krefeld|krefelda*|krefeldi*|krefeldu*|krefeldd*|krefeldb*|krefeldê|krefeldzie|крефельд*|крефелд*|"
               "كريفيلد|کرفلد|کرێفێلد|κρέφελντ*|克雷费尔德",
    "oberhausen": "stadt oberhausen|oberhausen nrw|oberhausen rheinland|oberhauzen*|oberhausenê|оберхаузен*|أوبرهاوزن|"
                  "اوبرهاوزن|ئۆبەرهاوزن|όμπερχαουζεν*|奥伯豪森",
    "hagen": "in hagen|stadt hagen|hagen westfalen|hagen nrw|hagen de|hagenê|хаген*|гаген*|مدينة هاغن|في هاغن|شهر هاگن|"
             "در هاگن|χάγκεν|哈根市",
    "hamm": "stadt hamm|hamm westfalen|hamm nrw|hamm in westfalen|li hammê|хамм",
    "muelheim": "mülheim an der ruhr|mülheim ruhr|muelheim an der ruhr|muelheim ruhr|мюльхайм на руре|мюльгайм на рурі|"
                "милхајм на руру|мюльхайм ан дер рур|μύλχαιμ αν ντερ ρουρ|μίλχαιμ αν ντερ ρουρ",
    "ludwigshafen": "ludwigshafen|ludwigshafena*|ludwigshafeni*|ludwigshafenu*|ludwigshafend*|ludwigshafenb*|"
                    "ludvigshafen*|ludwigshafenê|людвигсхафен*|людвігсгафен*|лудвигсхафен*|لودفيغسهافن|لودویگسهافن|"
                    "لودڤیگسهافن|لودویګسهافن|λούντβιχσχαφεν*|λούντβιγκσχαφεν*|路德维希港",
    "oldenburg": "oldenburg|oldenburga*|oldenburgi*|oldenburgu*|oldenburgd*|oldenburgb*|oldenburgê|ольденбург*|"
                 "олденбург*|أولدنبورغ|اولدنبورگ|ئۆلدنبۆرگ|ئۆلدنبورگ|اولدنبورګ|όλντενμπουργ*|ολδεμβούργ*|ολδενβούργ*|"
                 "奥尔登堡|ኦልደንቡርግ*",
    "osnabrueck": "osnabrück|osnabrücka*|osnabrücki*|osnabrücku*|osnabrückt*|osnabrückb*|osnabrueck|osnabrik*|"
                  "osnabrückê|оснабрюк*|оснабрик*|أوسنابروك|اوسنابروک|اسنابروک|ئۆسنابروک|ئۆسنابرووک|ئوسنابروک|"
                  "اوسنابروك|όσναμπρυκ*|όσναμπρικ*|οσναβρύκη*|όσναμπρουκ*|奥斯纳布吕克|ኦስናብሩክ*",
    "leverkusen": "leverkusen|leverkusena*|leverkuseni*|leverkusenu*|leverkusend*|leverkusenb*|leverkuzen*|leverkusenê|"
                  "леверкузен*|ليفركوزن|لورکوزن|لێڤەرکوزن|λεβερκούζεν*|勒沃库森",
    "darmstadt": "darmstadt|darmstadta*|darmstadti*|darmstadtu*|darmstadtt*|darmstadtb*|darmštat*|darmstadtê|"
                 "darmstadcie|дармштадт*|дармштат*|دارمشتات|ντάρμσταντ*|ντάρμστατ*|达姆施塔特",
    "solingen": "solingen|solingena*|solingeni*|solingenu*|solingend*|solingenb*|zolingen*|solingenê|золинген*|"
                "золінген*|زولينغن|زولینگن|زولینګن|ζόλινγκεν*|σόλινγκεν*|索林根",
    "herne": "in herne|stadt herne|herne nrw|hernes|herne de|herneyê|херне|герне|هيرنه|χέρνε",
    "neuss": "neuss|neussa*|neussi*|neussu*|neusst*|neussb*|neussê|нойс*|нојс*|νόις|诺伊斯",
    "paderborn": "paderborn|paderborna*|paderborni*|paderbornu*|paderbornd*|paderbornb*|paderbornê|падерборн*|بادربورن|"
                 "پادربورن|پادەربۆرن|πάντερμπορν*|帕德博恩",
    "offenbach": "offenbach|offenbacha*|offenbachi*|offenbachu*|offenbacht*|offenbachb*|ofenbah*|offenbachê|оффенбах*|"
                 "офенбах*|أوفنباخ|اوفنباخ|ئۆفنباخ|όφενμπαχ*|奥芬巴赫",
    "fuerth": "fürth|fürtha*|fürthi*|fürthu*|fürtht*|fürthb*|fuerth|firt|firtu|fürthê|фюрт*|фирт|фирту|φιρτ|φυρτ|菲尔特",
    "heilbronn": "heilbronn|heilbronna*|heilbronni*|heilbronnu*|heilbronnd*|heilbronnb*|hajlbron*|heilbronnê|"
                 "хайльбронн*|гейльбронн*|хајлброн*|хайлброн*|гайльбронн*|هايلبرون|هایلبرون|χάιλμπρον*|海尔布隆",
    "pforzheim": "pforzheim|pforzheima*|pforzheimi*|pforzheimu*|pforzheimd*|pforzheimb*|pforchajm*|pforzheimê|"
                 "пфорцхайм*|пфорцгейм*|пфорцхајм*|пфорцгайм*|بفورتسهايم|فورتسهایم|πφόρτσχαιμ*|φόρτσχαιμ*|普福尔茨海姆",
    "wolfsburg": "wolfsburg|wolfsburga*|wolfsburgi*|wolfsburgu*|wolfsburgd*|wolfsburgb*|volfsburg*|wolfsburgê|"
                 "вольфсбург*|волфсбург*|فولفسبورغ|ولفسبورگ|ولفسبورګ|ڤۆلفسبۆرگ|فولفسبورج|βόλφσμπουργ*|沃尔夫斯堡",
    "goettingen": "göttingen|göttingena*|göttingeni*|göttingenu*|göttingend*|göttingenb*|goettingen|getingen*|getyng*|"
                  "gottinga|gotinga|gottingue|göttingenê|геттинген*|гёттинген*|геттінген*|гетинген*|гетінген*|غوتينغن|"
                  "گوتینگن|ګوتینګن|گۆتینگن|γκέτινγκεν*|γκαίτινγκεν*|γοτίγγη*|哥廷根",
    "bottrop": "bottrop|bottropa*|bottropi*|bottropu*|bottropt*|bottropb*|bottropê|ботроп*|боттроп*|بوتروب|بوتروپ|"
               "μπότροπ*|博特罗普",
    "reutlingen": "reutlingen|reutlingena*|reutlingeni*|reutlingenu*|reutlingend*|reutlingenb*|rojtlingen*|reutlingenê|"
                  "ройтлинген*|ройтлінген*|ројтлинген*|رويتلينغن|رویتلینگن|ρόιτλινγκεν*|罗伊特林根",
    "erlangen": "in erlangen|stadt erlangen|erlangen bayern|erlangen de|erlangenu|erlangenê|эрланген*|ерланген*|"
                "إرلانغن|ارلانگن|ئێرلانگن|έρλανγκεν*|埃尔朗根",
    "bremerhaven": "bremerhaven|bremerhavena*|bremerhaveni*|bremerhavenu*|bremerhavend*|bremerhavenb*|bremerhafen*|"
                   "bremerhavenê|бремерхафен*|бремергафен*|بريمرهافن|برمرهافن|μπρεμερχάφεν*|βρεμερχάφεν*|不来梅港",
    "koblenz": "koblenz|koblenza*|koblenzi*|koblenzu*|koblenzd*|koblenzb*|coblence|coblenza|koblencj*|koblenc*|"
               "koblenzê|кобленц*|كوبلنز|کوبلنتس|κόμπλεντς*|κόμπλενζ*|κόβλεντζ*|科布伦茨",
    "bergisch_gladbach": "bergisch gladbach|бергиш гладбах*|бергіш гладбах*|بيرغيش غلادباخ|برگیش گلادباخ|"
                         "μπέργκις γκλάντμπαχ*|贝尔吉施格拉德巴赫",
    "remscheid": "remscheid|remscheida*|remscheidi*|remscheidu*|remscheidd*|remscheidb*|remšajd*|remscheidê|"
                 "remscheidzie|ремшайд*|ремшајд*|ремшейд*|ريمشايد|رمشاید|ρέμσαϊντ*|雷姆沙伊德",
    "trier": "in trier|stadt trier|trieru|treviri|tréveris|trewir*|trevír|trevíru|trierê|трир|трире|трира|триру|триром|"
             "трірі|трір|тріра|тріру|ترير|تریر|τρίερ|τριρ|特里尔",
    "recklinghausen": "recklinghausen|recklinghausena*|recklinghauseni*|recklinghausenu*|recklinghausend*|"
                      "recklinghausenb*|reklinghauzen*|recklinghausenê|реклингхаузен*|реклінгхаузен*|ريكلينغهاوزن|"
                      "رکلینگهاوزن|ρέκλινγκχαουζεν*|雷克林豪森",
    "jena": "in jena|stadt jena|jena thüringen|uni jena|jena de|jenie|jenayê|يينا|ιένα|耶拿",
    "moers": "moers|moersa*|moersi*|moersu*|moersb*|moersê|默尔斯",
    "salzgitter": "salzgitter|salzgittera*|salzgitteri*|salzgitteru*|salzgitterd*|salzgitterb*|zalcgiter*|salzgitterê|"
                  "salzgitterze|зальцгиттер*|зальцгіттер*|залцгитер*|سالزغيتر|زالتسگیتر|ζάλτσγκιτερ*|萨尔茨吉特",
    "siegen": "in siegen|stadt siegen|siegen de|siegenu|siegenê|зиген*|зіген*|زيغن|زیگن|ζίγκεν|锡根",
    "guetersloh": "gütersloh|gütersloha*|güterslohi*|güterslohu*|gütersloht*|güterslohb*|guetersloh|giterslo*|"
                  "güterslohê|гютерсло*|гитерсло*|غوترسلوه|گوترسلو|γκύτερσλο*|居特斯洛",
    "hildesheim": "hildesheim|hildesheima*|hildesheimi*|hildesheimu*|hildesheimd*|hildesheimb*|hildeshajm*|hildesheimê|"
                  "хильдесхайм*|хильдесгейм*|хільдесгайм*|хилдесхајм*|هيلدسهايم|هیلدسهایم|χίλντεσχαιμ*|希尔德斯海姆",
    "hanau": "hanau|hanaud*|hanaun*|hanauy*|hanaub*|ханау|ганау|هاناو|χανάου|哈瑙",
    "cottbus": "cottbus|cottbusa*|cottbusi*|cottbusu*|cottbust*|cottbusb*|chociebuż*|kotbus*|chotěbuz*|cottbusê|"
               "котбус*|коттбус*|كوتبوس|کوتبوس|κότμπους*|科特布斯",
    "kaiserslautern": "kaiserslautern|kaiserslauterna*|kaiserslauterni*|kaiserslauternu*|kaiserslauternd*|"
                      "kaiserslauternb*|kajzerslautern*|kaiserslauternê|кайзерслаутерн*|кајзерслаутерн*|كايزرسلاوترن|"
                      "کایزرسلاترن|کایزرسلاوترن|καιζερσλάουτερν*|凯泽斯劳滕",
    "gera": "in gera|stadt gera|gera thüringen|gerayê|γκέρα|格拉市",
    "zwickau": "zwickau|zwickaud*|zwickaun*|zwickauy*|zwickaub*|cvikau|цвиккау|цвикау|цвікау|تسفيكاو|تسویکاو|τσβίκαου|"
               "茨维考",
    "flensburg": "flensburg|flensburga*|flensburgi*|flensburgu*|flensburgd*|flensburgb*|flensburgê|фленсбург*|فلنسبورغ|"
                 "فلنسبورگ|φλένσμπουργκ*|弗伦斯堡",
    "tuebingen": "tübingen|tübingena*|tübingeni*|tübingenu*|tübingend*|tübingenb*|tuebingen|tibingen*|tubinga|tubingue|"
                 "tübingenê|тюбинген*|тюбінген*|тибинген*|توبينغن|توبینگن|τύμπινγκεν*|τίμπινγκεν*|τυβίγγη*|图宾根",
    "konstanz": "konstanz|konstanza*|konstanzi*|konstanzu*|konstanzd*|konstanzb*|konstanzê|констанц|констанце|كونستانس|"
                "کنستانس|κονστάντς|康斯坦茨",
    "bamberg": "bamberg|bamberga*|bambergi*|bambergu*|bambergd*|bambergb*|bambergê|бамберг*|بامبرغ|بامبرگ|μπάμπεργκ*|"
               "βαμβέργη*|班贝格",
    "bayreuth": "bayreuth|bayreutha*|bayreuthi*|bayreuthu*|bayreutht*|bayreuthb*|bajrojt*|bayreuthê|байройт*|бајројт*|"
                "بايرويت|بایرویت|μπαϊρόιτ*|拜罗伊特",
    "passau": "passau|passaud*|passaun*|passauy*|passaub*|pasau|пассау|пасау|باساو|پاساو|πασσάου|πάσαου|帕绍",
    "rosenheim": "rosenheim|rosenheima*|rosenheimi*|rosenheimu*|rosenheimd*|rosenheimb*|rozenhajm*|rosenheimê|"
                 "розенхайм*|розенгайм*|розенхајм*|روزنهايم|روزنهایم|ρόζενχαιμ*|罗森海姆",
    "marburg": "marburg|marburga*|marburgi*|marburgu*|marburgd*|marburgb*|marburgê|марбург*|ماربورغ|ماربورگ|"
               "μάρμπουργκ*|μαρβούργ*|马尔堡",
    "fulda": "fulda|fuldad*|fuldan*|fulday*|fuldab*|fuldzie|фульда|фульде|фульди|фулда|фулди|фулду|фулдом|фульді|فولدا|"
             "φούλντα|富尔达",
    "giessen": "in gießen|in giessen|stadt gießen|stadt giessen|giessen hessen|gießen hessen|giessen de|gießen de|"
               "giessenu|gießenê|гиссен*|гісен*|гіссен*|гисен*|غيسن|گیسن|گیزن|γκίσεν*|γκίσσεν*|吉森|ጊሰን*|ጊሴን*",
    "weimar": "weimar|weimaru|weimard*|vajmar*|weimarê|weimarze|веймар|веймаре|ваймар|вајмар*|веймара|веймару|веймарі|"
              "ваймарі|فايمار|وایمار|βαιμάρ*|魏玛",
    "dessau": "dessau|dessaud*|dessaun*|dessauy*|dessaub*|desau|дессау|десау|ديساو|دساو|ντεσάου|德绍",
    "eisenhuettenstadt": "eisenhüttenstadt|eisenhüttenstadta*|eisenhüttenstadti*|eisenhüttenstadtu*|eisenhüttenstadtt*|"
                         "eisenhüttenstadtb*|eisenhuettenstadt|eisenhüttenstadtê|eisenhüttenstadcie|айзенхюттенштадт*|"
                         "ајзенхитенштат*|айзенгюттенштадт*|آيزنهوتنشتات|آیزنهوتنشتات|ئایزنهوتنشتات|άιζενχίτενσταντ*",
    "zirndorf": "zirndorf|zirndorfa*|zirndorfi*|zirndorfu*|zirndorft*|zirndorfb*|zirndorfê|цирндорф*|تسيرندورف|"
                "تسیرندورف|τσίρντορφ*",
    "friedland": "lager friedland|in friedland|friedland de|friedlandê|фридланд*|фрідланд*|فريدلاند|فریدلاند|"
                 "φρίντλαντ*",
    "neumuenster": "neumünster|neumünstera*|neumünsteri*|neumünsteru*|neumünsterd*|neumünsterb*|neumuenster|"
                   "nojminster*|neumünsterê|neumünsterze|ноймюнстер*|нојминстер*|نويمونستر|نویمونستر|νόιμινστερ*|"
                   "νόιμυνστερ*",
    "ludwigsburg": "ludwigsburg|ludwigsburga*|ludwigsburgi*|ludwigsburgu*|ludwigsburgd*|ludwigsburgb*|ludvigsburg*|"
                   "ludwigsburgê|людвигсбург*|лудвигсбург*|людвігсбург*|لودفيغسبورغ|لودویگسبورگ|λούντβιχσμπουργκ*|"
                   "λούντβιγκσμπουργκ*|路德维希堡",
    "ruesselsheim": "rüsselsheim|rüsselsheima*|rüsselsheimi*|rüsselsheimu*|rüsselsheimd*|rüsselsheimb*|ruesselsheim|"
                    "riselshajm*|rüsselsheimê|рюссельсхайм*|риселсхајм*|рюссельсгайм*|روسلسهايم|روسلسهایم|ρύσελσχαιμ*|"
                    "吕瑟尔斯海姆",
    # Bavarian towns around Munich and beyond.
    "landshut": "landshut|landshuta*|landshuti*|landshutu*|landshutt*|landshutb*|landshucie|landshutê|ландсхут*|"
                "ландсгут*|لاندسهوت|لاندسهۆت|λάντσχουτ*|兰茨胡特|蘭茨胡特",
    "freising": "freising|freisinga*|freisingi*|freisingu*|freisingd*|freisingb*|freisingê|фрайзинг*|фрайзінг*|"
                "фрајзинг*|فرايزنغ|فرایزینگ|فرایزینګ|φράιζινγκ*|弗赖辛|弗萊辛",
    "dachau": "dachau|dachaud*|dachaun*|dachauy*|dachaub*|дахау*|داخاو|داخائو|νταχάου|达豪|達豪",
    "erding": "erding|erdinga*|erdingi*|erdingu*|erdingd*|erdingb*|erdingê|эрдинг*|ердінг*|ердинг*|إردينغ|اردینگ|"
              "ئێردینگ|έρντινγκ*|埃尔丁|埃爾丁",
    "starnberg": "starnberg|starnberga*|starnbergi*|starnbergu*|starnbergd*|starnbergb*|starnbergê|штарнберг*|شتارنبرغ|"
                 "اشتارنبرگ|شتارنبرگ|στάρνμπεργκ*|施塔恩贝格|施塔恩貝格",
    "fuerstenfeldbruck": "fürstenfeldbruck|fürstenfeldbrucka*|fürstenfeldbrucki*|fürstenfeldbrucku*|fürstenfeldbruckt*|"
                         "fürstenfeldbruckb*|fuerstenfeldbruck|fuerstenfeldbruckt*|fürstenfeldbruckê|"
                         "fuerstenfeldbruckê|фюрстенфельдбрук*|фюрстенфельдбрюк*|фірстенфельдбрук*|фирстенфелдбрук*|"
                         "فورستنفيلدبروك|فورستنفلدبروک|φύρστενφελντμπρουκ*|菲尔斯滕费尔德布鲁克|菲斯滕费尔德布鲁克",
    "garching": "garching|garchinga*|garchingi*|garchingu*|garchingd*|garchingb*|garchingê|гархинг*|гархінг*|غارشينغ|"
                "گارشینگ|گارخینگ|γκάρχινγκ*|加兴市|在加兴",
    "garmisch_partenkirchen": "garmisch partenkirchen|garmisch|garmischu|garmischê|partenkirchen|гармиш*|гарміш*|"
                              "غارميش|گارمیش|γκάρμις*|加尔米施|加米施",
    "kempten": "kempten|kemptena*|kempteni*|kemptenu*|kemptend*|kemptenb*|kemptenê|кемптен*|كمبتن|کمپتن|κέμπτεν*|肯普滕",
    "memmingen": "memmingen|memmingena*|memmingeni*|memmingenu*|memmingend*|memmingenb*|memmingenê|мемминген*|"
                 "меммінген*|меминген*|ميمينغن|ممینگن|μέμινγκεν*|梅明根",
    "kaufbeuren": "kaufbeuren|kaufbeurena*|kaufbeureni*|kaufbeurenu*|kaufbeurend*|kaufbeurenb*|kaufbeurenê|кауфбойрен*|"
                  "кауфбојрен*|كاوفبويرن|کاوفبویرن|κάουφμπόιρεν*|考夫博伊伦|考夫博伊倫",
    "straubing": "straubing|straubinga*|straubingi*|straubingu*|straubingd*|straubingb*|straubingê|штраубинг*|"
                 "штраубінг*|شتراوبينغ|اشتراوبینگ|στράουμπινγκ*|施特劳宾|施特勞賓",
    "deggendorf": "deggendorf|deggendorfa*|deggendorfi*|deggendorfu*|deggendorft*|deggendorfb*|deggendorfê|деггендорф*|"
                  "дегендорф*|ديغندورف|دگندورف|ντέγκεντορφ*|德根多夫",
    "landsberg": "landsberg|landsberga*|landsbergi*|landsbergu*|landsbergd*|landsbergb*|landsbergê|ландсберг*|لاندسبرغ|"
                 "لاندسبرگ|λάντσμπεργκ*|兰茨贝格|蘭茨貝格",
    # "Neu-Ulm" is also found as Ulm: both another town.
    "neu_ulm": "neu ulm|neuulm|neu ulmê|ной ульм*|нойульм*|ној улм*|نوي أولم|نوی اولم|νόι ουλμ|新乌尔姆|新烏爾姆",
    "aschaffenburg": "aschaffenburg|aschaffenburga*|aschaffenburgi*|aschaffenburgu*|aschaffenburgd*|aschaffenburgb*|"
                     "aschaffenburgê|ашаффенбург*|ашафенбург*|أشافنبورغ|آشافنبورگ|ئاشافنبۆرگ|άσαφενμπουργκ*|阿沙芬堡",
    "schweinfurt": "schweinfurt|schweinfurta*|schweinfurti*|schweinfurtu*|schweinfurtt*|schweinfurtb*|schweinfurcie|"
                   "schweinfurtê|швайнфурт*|швајнфурт*|швейнфурт*|شفاينفورت|شواینفورت|σβάινφουρτ*|施韦因富特|施韋因富特",
    "coburg": "coburg|coburga*|coburgi*|coburgu*|coburgd*|coburgb*|coburgê|кобург*|كوبورغ|کوبورگ|κόμπουργκ*|κοβούργ*|"
              "科堡",
    # German "Hof" (yard, court), "weiden" (pastures, willows, to graze): with their region only.
    "hof": "hof an der saale|hof saale|stadt hof|hof oberfranken|霍夫市",
    "amberg": "amberg|amberga*|ambergi*|ambergu*|ambergd*|ambergb*|ambergê|амберг*|أمبرغ|آمبرگ|ئامبێرگ|άμπεργκ*|安贝格|"
              "安貝格",
    "weiden": "weiden in der oberpfalz|weiden i d opf|weiden opf|weiden oberpfalz|stadt weiden|вайден*|вајден*|"
              "βάιντεν*|魏登市",
    "ansbach": "ansbach|ansbacha*|ansbachi*|ansbachu*|ansbacht*|ansbachb*|ansbachê|ансбах*|أنسباخ|آنسباخ|ئانسباخ|"
               "άνσμπαχ*|安斯巴赫",
    "lindau": "lindau|lindaud*|lindaun*|lindauy*|lindaub*|линдау*|ліндау*|لينداو|لینداو|λίνταου|林道市|在林道",
    # Schleswig-Holstein: no Schleswig (the region, the district and the state's name).
    "norderstedt": "norderstedt|norderstedta*|norderstedti*|norderstedtu*|norderstedtt*|norderstedtb*|norderstedcie|"
                   "norderstedtê|нордерштедт*|нордерштет*|نوردرشتيت|نوردرشتت|νόρντερστεντ*|诺德施泰特|諾德施泰特",
    "elmshorn": "elmshorn|elmshorna*|elmshorni*|elmshornu*|elmshornd*|elmshornb*|elmshornê|эльмсхорн*|ельмсгорн*|"
                "ельмсхорн*|елмсхорн*|إلمسهورن|المسهورن|ئێلمسهۆرن|έλμσχορν*|埃尔姆斯霍恩",
    "pinneberg": "pinneberg|pinneberga*|pinnebergi*|pinnebergu*|pinnebergd*|pinnebergb*|pinnebergê|пиннеберг*|"
                 "піннеберг*|пинеберг*|بينبرغ|پینبرگ|πίνεμπεργκ*|平讷贝格|平訥貝格",
    "husum": "husum|husuma*|husumi*|husumu*|husumd*|husumb*|husumê|хузум*|гузум*|хусум*|هوزوم|هوسوم|χούζουμ*|胡苏姆|胡蘇姆",
    # German "Heide" (heath, a name): with its region only.
    "heide": "stadt heide|kreisstadt heide|heide holstein|heide in holstein|heide dithmarschen",
    # "Rendsburg-Eckernförde" is the district the towns around belong to: these two towns only after "in",
    # "Stadt", or in case forms.
    "rendsburg": "in rendsburg|stadt rendsburg|rendsburg de|rendsburga*|rendsburgi*|rendsburgu*|rendsburgd*|"
                 "rendsburgb*|rendsburgê|рендсбург*|рендзбург*|ريندسبورغ|رندسبورگ|ρέντσμπουργκ*|伦茨堡|倫茨堡",
    "itzehoe": "itzehoe|itzehoed*|itzehoen*|itzehoey*|itzehoeb*|итцехое|ицехое|іцехое|іцегое|إتسيهو|ایتسهو|ئیتسەهۆ|"
               "ίτσεχο|伊策霍",
    "bad_segeberg": "bad segeberg|bad segebergê|бад зегеберг*|бад сегеберг*|باد زيغبرغ|باد زگبرگ|μπαντ ζέγκεμπεργκ*|"
                    "巴特塞格贝格|巴特塞格貝格",
    "eckernfoerde": "in eckernförde|in eckernfoerde|stadt eckernförde|ostseebad eckernförde|eckernförde de|"
                    "eckernförded*|eckernförden*|eckernfördey*|eckernfördeb*|эккернфёрде|еккернферде|екернферде|"
                    "إكرنفورده|اکرنفورده|ئێکەرنفۆردە|έκερνφερντε|埃克恩弗尔德|埃克恩弗爾德",
    "kappeln": "kappeln|kappelna*|kappelni*|kappelnu*|kappelnd*|kappelnb*|kappelnê|каппельн|كابيلن|καππελν|卡佩尔恩|卡佩爾恩",
    # Cities of about 80,000 and more. Dutch "witten" (the whites), "Wittenau", "Wittenberg": Witten after "in",
    # "Stadt" or with its region only.
    "witten": "in witten|stadt witten|witten ruhr|witten an der ruhr|witten nrw|witten de|wittenu|wittende|виттен*|"
              "віттен*|βίτεν|维滕市|在维滕",
    "iserlohn": "iserlohn|iserlohna*|iserlohni*|iserlohnu*|iserlohnd*|iserlohnb*|iserlohnê|изерлон*|ізерлон*|إزرلون|"
                "ایزرلون|ئیزەرلۆن|ίζερλον*|伊瑟隆",
    "esslingen": "esslingen|esslingena*|esslingeni*|esslingenu*|esslingend*|esslingenb*|esslingenê|эсслинген*|"
                 "есслінген*|есслинген*|еслинген*|إسلينغن|اسلینگن|ئێسلینگن|έσλινγκεν*|埃斯林根",
    "ratingen": "ratingen|ratingena*|ratingeni*|ratingenu*|ratingend*|ratingenb*|ratingenê|ратинген*|ратінген*|راتينغن|"
                "راتینگن|ράτινγκεν*|拉廷根",
    "luenen": "lünen|lünena*|lüneni*|lünenu*|lünend*|lünenb*|luenen|luenend*|lünenê|luenenê|люнен*|لونن|λύνεν|吕嫩|呂嫩",
    "villingen_schwenningen": "villingen schwenningen|villingen|schwenningen|villingenu|villingenê|филлинген*|"
                              "віллінген*|вилинген*|فيلينغن|فیلینگن|φίλινγκεν*|菲林根",
    # No "marli*" ("Marlies", "marlin"), "marlb*" ("Marlboro"), Cyrillic "Марль" (Russian "марля", gauze).
    "marl": "marl|marlu|marlda|marldaki|marlê",
    "velbert": "velbert|velberta*|velberti*|velbertu*|velbertt*|velbertb*|velbercie|velbertê|фельберт*|вельберт*|"
               "фелберт*|فيلبرت|فلبرت|φέλμπερτ*|费尔伯特",
    "delmenhorst": "delmenhorst|delmenhorsta*|delmenhorsti*|delmenhorstu*|delmenhorstt*|delmenhorstb*|delmenhorście|"
                   "delmenhorstê|дельменхорст*|дельменгорст*|делменхорст*|دلمنهورست|ντελμενχόρστ*|代尔门霍斯特",
    "lueneburg": "lüneburg|lüneburga*|lüneburgi*|lüneburgu*|lüneburgd*|lüneburgb*|lueneburg|lueneburgd*|lunebourg|"
                 "lüneburgê|lueneburgê|люнебург*|линебург*|لونيبورغ|لونبورگ|λύνεμπουργκ*|λυνεβούργ*|吕讷堡|呂訥堡",
    "wilhelmshaven": "wilhelmshaven|wilhelmshavena*|wilhelmshaveni*|wilhelmshavenu*|wilhelmshavend*|wilhelmshavenb*|"
                     "wilhelmshavenê|вильгельмсхафен*|вільгельмсгафен*|вилхелмсхафен*|فيلهلمسهافن|ویلهلمسهافن|"
                     "βιλχελμσχάφεν*|威廉港",
    "viersen": "viersen|viersena*|vierseni*|viersenu*|viersend*|viersenb*|viersenê|фирзен*|фірзен*|فيرزن|فیرزن|φίρζεν*|"
               "菲尔森|菲爾森",
    # No "rheinen*" ("RheinEnergie").
    "rheine": "rheine|rheined*|rheiney*|rheineb*|莱讷",
    "gladbeck": "gladbeck|gladbecka*|gladbecki*|gladbecku*|gladbeckt*|gladbeckb*|gladbeckê|гладбек*|غلادبيك|گلادبک|"
                "γκλάντμπεκ*|格拉德贝克|格拉德貝克",
    "troisdorf": "troisdorf|troisdorfa*|troisdorfi*|troisdorfu*|troisdorft*|troisdorfb*|troisdorfê|тройсдорф*|"
                 "ترويسدورف|ترویسدورف|τρόισντορφ*|特罗斯多夫|特羅斯多夫",
    "detmold": "detmold|detmolda*|detmoldi*|detmoldu*|detmoldd*|detmoldb*|detmoldê|detmoldzie|детмольд*|детмолд*|"
               "ديتمولد|دتمولد|ντέτμολντ*|代特莫尔德|代特莫爾德",
    "arnsberg": "arnsberg|arnsberga*|arnsbergi*|arnsbergu*|arnsbergd*|arnsbergb*|arnsbergê|арнсберг*|أرنسبرغ|آرنسبرگ|"
                "ئارنسبێرگ|άρνσμπεργκ*|阿恩斯贝格|阿恩斯貝格",
    "castrop_rauxel": "castrop rauxel|castroprauxel|castrop|кастроп рауксель*|كاستروب راوكسل|کاستروپ راوکسل|"
                      "κάστροπ ράουξελ|卡斯特罗普-劳克塞尔|卡斯特罗普劳克塞尔",
    "dorsten": "dorsten|dorstena*|dorsteni*|dorstenu*|dorstend*|dorstenb*|dorstenê|дорстен*|ντόρστεν*|多尔斯滕|多爾斯滕",
    "bocholt": "bocholt|bocholta*|bocholti*|bocholtu*|bocholtt*|bocholtb*|bocholcie|bocholtê|бохольт*|бохолт*|بوخولت|"
               "μπόχολτ*|博霍尔特|博霍爾特",
    "luedenscheid": "lüdenscheid|lüdenscheida*|lüdenscheidi*|lüdenscheidu*|lüdenscheidd*|lüdenscheidb*|luedenscheid|"
                    "luedenscheidd*|lüdenscheidê|lüdenscheidzie|luedenscheidê|luedenscheidzie|люденшайд*|люденшейд*|"
                    "лиденшајд*|لودنشايد|لودنشاید|λύντενσαιντ*|吕登沙伊德|呂登沙伊德",
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
