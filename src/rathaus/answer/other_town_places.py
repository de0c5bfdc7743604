"""The names of other German towns, for answer/other_town.py (the rule: other_town_words.py).
Plain data; a municipal developer can extend it.

PLACES maps an id (the German name in ASCII) to the ways citizens write the town in the 28 languages: the
German name, umlauts as "ue"/"oe" ("München" is "munchen" once marks are gone, hence only "muenchen"
besides), exonyms ("Munich", "Monachium", "Münih", "Мюнхен", "ميونخ", "مونیخ", "慕尼黑", "ሙኒክ") and case
forms. "Frankfurt" is both Frankfurts, one id. A German name is never a stem, which would find "Berliner
Straße", "Hamburger", "Münchener Freiheit", a street or word of the own town: it is written with the first
letters of case endings as stems, "berlina*" "berlini*" "berlinu*" (Polish, Czech, Croatian, Albanian,
Romanian, Hungarian "berlini"), "berlind*"/"frankfurtt*" (Turkish "Hamburgda", "Frankfurtta"; "Köln'de" is
the words "koln de"), "berlinb*" (Hungarian "Berlinben"), after a vowel "d* n* y* b*"; the endings these
miss are single forms: Kurmanji "-ê" ("Osnabrückê", "Dortmundê"; after a vowel "-yê", found by "y*"),
Polish "-cie", "-dzie", "-rze" ("Landshucie", "Darmstadcie", "Detmoldzie", "Salzgitterze"). Cyrillic,
Arabic, Greek and Ge'ez names, and exonyms ("monachium*"), are stems or single forms; Ge'ez names also with
the prepositions Amharic joins to them ("በበርሊን", "ከሙኒክ", "የሀምቡርግ", "ለ…", "ወደ…") and Tigrinya's "ን", "ብ"
("ንበርሊን"), and in Amharic's spellings with "አ", "ሀ" where Tigrinya writes "ኣ", "ሃ" ("አውግስቡርግ"); Serbian in both
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
  "马尔代夫", the Maldives: no Chinese Marl); "柏林" is also in "都柏林" (Dublin), as foreign; Ge'ez "ሙንሸን"
  (München) only as single forms ("ሙንሸንግላድባ*" is Mönchengladbach), Bonn and Kiel only with "ከተማ" (city:
  "ቦን ከተማ", "በኪል ከተማ"; "ቦን" is also a voucher, "ቦንብ" a bomb) or as "ኪየል", no Ge'ez Halle ("ሃሌ ሉያ"),
  "ሃምበርግ*" leaves "ሃምበርገር" (a hamburger) alone.

Language keys as in other_town_words.py.
"""

# Place id (the German name in ASCII) -> every way citizens write that town.
PLACES = {
    # Latin: the name and case stems, never the name as a stem (see above).
    "berlin": "berlin|berlina*|berlini*|berlinu*|berlinb*|berlino|berlins|berlinde|berlindeki|berlinden|berlijn*|"
              "berlim*|v berlíně|li berlînê|béc lin|берлін*|берлин*|برلين*|ببرلين|برلین*|بەرلین|بهرلین|βερολίν*|柏林|"
              "በርሊን*|ንበርሊን*|ብበርሊን*|በበርሊን*|ከበርሊን*|የበርሊን*|ለበርሊን*|ወደበርሊን*",
    "hamburg": "hamburg|hamburga*|hamburgi*|hamburgd*|hamburgb*|hamburgu|hamburgun|hamburgul|hamburgului|hamburgs|"
               "hamburgo|hambourg*|amburgo|hamburk*|li hamburgê|hăm buốc|hamburgê|гамбург|гамбурга|гамбурге|гамбургу|"
               "гамбургом|гамбурзі|хамбург|хамбурга|хамбургу|хамбургом|هامبورغ|بهامبورغ|هامبورج|هامبورگ|هامبورګ|"
               "هامبۆرگ|αμβούργ*|汉堡市|在汉堡|汉堡的|漢堡市|在漢堡|ሃምቡርግ*|ሃምበርግ*|ንሃምቡርግ*|ሀምቡርግ*|ሐምቡርግ*|ሀምበርግ*|በሃምቡርግ*|ከሃምቡርግ*|"
               "የሃምቡርግ*|ለሃምቡርግ*|ወደሃምቡርግ*|በሀምቡርግ*|ከሀምቡርግ*|የሀምቡርግ*|ለሀምቡርግ*|ወደሀምቡርግ*",
    "muenchen": "münchen|münchena*|müncheni*|münchenu*|münchend*|münchenb*|muenchen|muenchend*|munich*|münih*|"
                "monachium*|mnichov*|minhen*|mynih*|munique*|monaco di baviera|a monaco|mónaco de baviera|münchenê|"
                "мюнхен*|минхен*|ميونخ|ميونيخ|بميونخ|بميونيخ|مونیخ|مونشن|میونیخ|میونشن|στο μόναχο|το μόναχο|慕尼黑|ሚዩኒክ*|"
                "ሙኒክ*|ንሙኒክ*|ሚውኒክ*|በሙኒክ*|ከሙኒክ*|የሙኒክ*|ለሙኒክ*|ወደሙኒክ*|በሚዩኒክ*|ከሚዩኒክ*|የሚዩኒክ*|ለሚዩኒክ*|ወደሚዩኒክ*|ሙንሸን|ሙንሸንን|ሙንሸንም|"
                "በሙንሸን|ከሙንሸን|የሙንሸን|ለሙንሸን|ወደሙንሸን|ንሙንሸን|ብሙንሸን",
    "koeln": "köln|kölna*|kölnu*|kölnd*|kölnb*|koeln|koelnd*|cologne|en colonia|a colonia|w kolonii|kolonia nad renem|"
             "kolonii nad renem|kolín nad rýnem|kolíně nad rýnem|kolína nad rýnem|keulen|keln|kelnu|kelna|kelnom|"
             "kelnit|li kolnê|kölnê|кельн|кельна|кельне|кельну|кельном|кельні|кьолн*|келн|келну|келна|келном|كولونيا|"
             "بكولونيا|كولن|بكولن|شهر کلن|در کلن|کلن آلمان|کۆڵن*|کۆلن|κολωνία|κολωνίας|κέλν|科隆|ኮሎኝ*|ኮሎን|ንኮሎኝ*|በኮሎኝ*|"
             "ከኮሎኝ*|የኮሎኝ*|ለኮሎኝ*|ወደኮሎኝ*",
    "frankfurt": "frankfurt|frankfurta*|frankfurti*|frankfurtu*|frankfurtt*|frankfurtb*|frankfurcie|francfort*|"
                 "francoforte*|frankfort|phrăng phuốc|frankfurtê|франкфурт*|فرانكفورت|بفرانكفورت|فرانکفورت|فرانکفۆرت|"
                 "فرانکفورټ|فرانکفورتی|φρανκφούρτ*|法兰克福|法蘭克福|ፍራንክፈርት*|ፍራንክፉርት*|ንፍራንክፈርት*|በፍራንክፈርት*|ከፍራንክፈርት*|የፍራንክፈርት*|"
                 "ለፍራንክፈርት*|ወደፍራንክፈርት*|በፍራንክፉርት*|ከፍራንክፉርት*|የፍራንክፉርት*|ለፍራንክፉርት*|ወደፍራንክፉርት*",
    "stuttgart": "stuttgart|stuttgarta*|stuttgarti*|stuttgartu*|stuttgartt*|stuttgartb*|stuttgarcie|stoccarda*|"
                 "estugarda*|štutgart*|shtutgart*|xtút ga|stuttgartê|штутгарт*|щутгарт*|штудгарт*|شتوتغارت|بشتوتغارت|"
                 "شتوتجارت|اشتوتغارت|اشتوتگارت|شتوتگارت|شتوتګارت|شټوټګارټ|στουτγάρδη*|斯图加特|斯圖加特|ሽቱትጋርት*|ስቱትጋርት*|"
                 "ሽቱትጋርድ*|በሽቱትጋርት*|ከሽቱትጋርት*|የሽቱትጋርት*|ለሽቱትጋርት*|ወደሽቱትጋርት*|በስቱትጋርት*|ከስቱትጋርት*|የስቱትጋርት*|ለስቱትጋርት*|ወደስቱትጋርት*",
    "duesseldorf": "düsseldorf|düsseldorfa*|düsseldorfi*|düsseldorfu*|düsseldorft*|düsseldorfb*|duesseldorf|diseldorf*|"
                   "dyseldorf*|düsseldorfê|дюссельдорф*|диселдорф*|дюселдорф*|دوسلدورف|بدوسلدورف|دسلدورف|دوسلدۆرف|"
                   "دوسلدورفی|ντίσελντορφ*|ντύσελντορφ*|杜塞尔多夫|杜塞爾多夫|ዱሰልዶርፍ*|ዱስልዶርፍ*|ዲዩሰልዶርፍ*|በዱሰልዶርፍ*|ከዱሰልዶርፍ*|"
                   "የዱሰልዶርፍ*|ለዱሰልዶርፍ*|ወደዱሰልዶርፍ*",
    "leipzig": "leipzig|leipziga*|leipzigi*|leipzigu*|leipzigd*|leipzigb*|lipsk*|lipsia*|lipcse*|lajpcig*|leipzigê|"
               "лейпциг*|лајпциг*|лайпциг*|لايبزيغ|بلايبزيغ|لايبزيج|لايبتسيغ|لایپزیگ|لایپزیګ|لایپزیک|لايبزغ|λειψία*|"
               "莱比锡|萊比錫|ላይፕዚግ*|ላይፕሲግ*|በላይፕዚግ*|ከላይፕዚግ*|የላይፕዚግ*|ለላይፕዚግ*|ወደላይፕዚግ*|በላይፕሲግ*|ከላይፕሲግ*|የላይፕሲግ*|ለላይፕሲግ*|"
               "ወደላይፕሲግ*",
    "dortmund": "dortmund|dortmunda*|dortmundi*|dortmundu*|dortmundd*|dortmundb*|dortmundzie|dortmundê|дортмунд*|"
                "دورتموند|بدورتموند|دۆرتمۆند|دۆرتموند|دورتمند|ντόρτμουντ*|多特蒙德|ዶርትሙንድ*|በዶርትሙንድ*|ከዶርትሙንድ*|የዶርትሙንድ*|"
                "ለዶርትሙንድ*|ወደዶርትሙንድ*",
    # German "essen" is to eat: other languages' forms only.
    "essen": "magaalada essen|essen de|essen deki|essenu|essenben|esseni|essenê|эссен|эссене|эссена|эссену|ессен|"
             "ессені|ессена|ессену|есену|есеном|مدينة إسن|في إسن|إيسن|شهر اسن|در اسن|ایسن|ئێسن|ئیسن|έσσεν|έσεν|埃森|ኤሰን|"
             "ኤሰንን|በኤሰን|ከኤሰን|የኤሰን|ለኤሰን|ወደኤሰን|ኤሴን|ኤሴንን|በኤሴን|ከኤሴን|የኤሴን",
    "bremen": "bremen|bremeni*|bremenu*|bremend*|bremenb*|à brême|brema|bremie|bremy|brémách|bremenê|бремен|бремене|"
              "бремену|бременом|бремені|بريمن|ببريمن|بریمن|برێمن|βρέμη|βρέμης|μπρέμεν|不来梅|不來梅|ብሬመን*|ብረመን*|በብሬመን*|"
              "ከብሬመን*|የብሬመን*|ለብሬመን*|ወደብሬመን*",
    "dresden": "dresden|dresdena*|dresdeni*|dresdenu*|dresdend*|dresdenb*|dresde|dresda|drezda*|drezn*|drážďan*|"
               "drezden|drezdenu|drezdena|đrét xđen|dresdenê|дрезден*|دريسدن|بدريسدن|درسدن|درێسدن|δρέσδη*|ντρέσντεν*|"
               "德累斯顿|德勒斯登|ድሬስደን*|ድረስደን*|በድሬስደን*|ከድሬስደን*|የድሬስደን*|ለድሬስደን*|ወደድሬስደን*",
    "hannover": "hannover|hannoveri*|hannoveru*|hannoverd*|hannoverb*|hanover*|hanovre|hanower*|hanovra*|hannoverê|"
                "hannoverze|ганновер*|гановер*|хановер*|هانوفر|بهانوفر|هانوور|هانۆڤەر|هانۆفەر|هانوفەر|αννόβερ*|ανόβερ*|"
                "汉诺威|漢諾威|ሃኖቨር*|ሃኖፈር*|ሀኖቨር*|ሐኖቨር*|ሃኖቬር*|በሃኖቨር*|ከሃኖቨር*|የሃኖቨር*|ለሃኖቨር*|ወደሃኖቨር*|በሀኖቨር*|ከሀኖቨር*|የሀኖቨር*|ለሀኖቨር*|"
                "ወደሀኖቨር*",
    "nuernberg": "nürnberg|nürnberga*|nürnbergi*|nürnbergu*|nürnbergd*|nürnbergb*|nuernberg|nuernbergd*|nuremberg*|"
                 "norimberg*|norymberg*|norymberdze|norimberk*|nirnberg*|nürnbergê|нюрнберг*|нирнберг*|نورنبرغ|"
                 "بنورنبرغ|نورنبيرغ|نورمبرغ|نورنبرگ|نورنبێرگ|نورنبرګ|نورنبیرگ|νυρεμβέργη*|νούρεμπεργκ*|νυρεμβέργ*|纽伦堡|"
                 "紐倫堡|ኑርንበርግ*|ኑረምበርግ*|ኒዩርንበርግ*|በኑርንበርግ*|ከኑርንበርግ*|የኑርንበርግ*|ለኑርንበርግ*|ወደኑርንበርግ*|በኑረምበርግ*|ከኑረምበርግ*|"
                 "የኑረምበርግ*|ለኑረምበርግ*|ወደኑረምበርግ*",
    "duisburg": "duisburg|duisburga*|duisburgi*|duisburgu*|duisburgd*|duisburgb*|duisburgo|duisbourg|dizburg*|"
                "duizburg*|duisburgê|дуйсбург*|дуизбург*|дуисбург*|дюйсбург*|дуїсбург*|دويسبورغ|بدويسبورغ|دويسبورج|"
                "دویسبورگ|دویسبورګ|دویسبۆرگ|ντούισμπουργ*|杜伊斯堡|ዱይስቡርግ*|በዱይስቡርግ*|ከዱይስቡርግ*|የዱይስቡርግ*|ለዱይስቡርግ*|ወደዱይስቡርግ*",
    "bochum": "bochum|bochuma*|bochumi*|bochumu*|bochumd*|bochumb*|bochumê|бохум*|بوخوم|ببوخوم|بۆخوم|بوخم|μπόχουμ|波鸿|"
              "波鴻|ቦኹም*|ቦሁም*|ቦኩም*|በቦኹም*|ከቦኹም*|የቦኹም*|ለቦኹም*|ወደቦኹም*|ንቦኹም*|ብቦኹም*|በቦሁም*|ከቦሁም*|የቦሁም*|ለቦሁም*|ወደቦሁም*|ንቦሁም*|ብቦሁም*",
    "wuppertal": "wuppertal|wuppertala*|wuppertali*|wuppertalu*|wuppertald*|wuppertalb*|vupertal*|wuppertalê|"
                 "вупперталь*|вупертал*|вуперталь*|فوبرتال|ووبرتال|ووپرتال|ڤوپەرتال|ووپەرتال|βούπερταλ*|βούππερταλ*|"
                 "伍珀塔尔|伍珀塔爾|ቩፐርታል*|ዉፐርታል*|ውፐርታል*|በቩፐርታል*|ከቩፐርታል*|የቩፐርታል*|ለቩፐርታል*|ወደቩፐርታል*|ንቩፐርታል*|ብቩፐርታል*|በዉፐርታል*|"
                 "ከዉፐርታል*|የዉፐርታል*|ለዉፐርታል*|ወደዉፐርታል*|ንዉፐርታል*|ብዉፐርታል*",
    "bielefeld": "bielefeld|bielefeldê|bielefelda*|bielefeldi*|bielefeldu*|bielefeldd*|bielefeldb*|bielefeldt*|"
                 "bielefeldzie|bilefeld*|билефельд*|білефельд*|билефелд*|بيلفيلد|ببيلفيلد|بيليفيلد|بیلفلد|بیله فلد|"
                 "بیلەفێلد|بیلفێلد|μπίλεφελντ*|比勒费尔德|比勒費爾德|ቢለፈልድ*|ቢሌፌልድ*|በቢለፈልድ*|ከቢለፈልድ*|የቢለፈልድ*|ለቢለፈልድ*|ወደቢለፈልድ*",
    "bonn": "bonn|bonnu|bonnda|bonndaki|bonnb*|li bonnê|бонн|бонне|бонна|бонну|бонні|бонном|у бону|ببون|مدينة بون|"
            "في بون|شهر بن|شهر بون|شاری بۆن|لە بۆن|βόννη*|波恩|ቦን ከተማ*|በቦን ከተማ*|ከቦን ከተማ*|የቦን ከተማ*|ለቦን ከተማ*|ወደቦን ከተማ*",
    "muenster": "in münster|in muenster|stadt münster|münster westfalen|münster nrw|münster in westfalen|münsterd*|"
                "münsteru*|münsterze|münsterben|münster de|minsteru|münsterê|мюнстер*|минстер*|بمونستر|مدينة مونستر|"
                "في مونستر|شهر مونستر|در مونستر|شاری مونستەر|لە مونستەر|μύνστερ*|μίνστερ*|μούνστερ*|明斯特|ሙንስተር*|ሚዩንስተር*|"
                "ምዩንስተር*|በሙንስተር*|ከሙንስተር*|የሙንስተር*|ለሙንስተር*|ወደሙንስተር*|ንሙንስተር*|ብሙንስተር*",
    "mannheim": "mannheim|mannheima*|mannheimi*|mannheimu*|mannheimd*|mannheimb*|manhajm*|mannheimê|мангейм*|маннгейм*|"
                "мангайм*|манхайм*|манхајм*|маннхайм*|مانهايم|بمانهايم|مانهایم|μάνχαιμ*|曼海姆|ማንሃይም*|ማንሀይም*|በማንሃይም*|"
                "ከማንሃይም*|የማንሃይም*|ለማንሃይም*|ወደማንሃይም*",
    "karlsruhe": "karlsruhe|karlsruhed*|karlsruhen*|karlsruhey*|karlsruheb*|karlsrue*|карлсруэ*|карлсруе*|كارلسروه|"
                 "بكارلسروه|كارلسروهه|کارلسروهه|کارلسروه|کارلسروهە|καρλσρούη*|卡尔斯鲁厄|卡爾斯魯厄|ካርልስሩሄ*|በካርልስሩሄ*|ከካርልስሩሄ*|"
                 "የካርልስሩሄ*|ለካርልስሩሄ*|ወደካርልስሩሄ*",
    "augsburg": "augsburg|augsburga*|augsburgi*|augsburgu*|augsburgd*|augsburgb*|augsburgo|augsbourg|augsburk*|"
                "augzburg*|augsburgê|аугсбург*|аугзбург*|أوغسبورغ|بأوغسبورغ|أوجسبورج|آگسبورگ|آوگسبورگ|اوگسبورگ|"
                "ئاوگسبۆرگ|ئاوگسبورگ|آګسبورګ|اوګسبورګ|άουγκσμπουργ*|αουγκσβούργ*|奥格斯堡|奧格斯堡|ኣውግስቡርግ*|አውግስቡርግ*|አውስቡርግ*|"
                "አውግስበርግ*|በአውግስቡርግ*|ከአውግስቡርግ*|የአውግስቡርግ*|ለአውግስቡርግ*|ወደአውግስቡርግ*",
    "wiesbaden": "wiesbaden|wiesbadena*|wiesbadeni*|wiesbadenu*|wiesbadend*|wiesbadenb*|vizbaden*|wiesbadenê|висбаден*|"
                 "вісбаден*|визбаден*|فيسبادن|بفيسبادن|ویسبادن|ڤیسبادن|βισμπάντεν*|威斯巴登|ቪስባደን*|በቪስባደን*|ከቪስባደን*|የቪስባደን*|"
                 "ለቪስባደን*|ወደቪስባደን*",
    "mainz": "mainz|mainza*|mainzi*|mainzu*|mainzd*|mainzb*|mayence|maguncia*|magonza|moguncj*|mohuč*|mogúncia|majnc*|"
             "mainzê|майнц*|мајнц*|ماينتس|بماينتس|ماینتس|ماینز|ماينز|μάιντς*|μάυντς*|美因茨|ማይንዝ*|ማይንትስ*|በማይንዝ*|ከማይንዝ*|"
             "የማይንዝ*|ለማይንዝ*|ወደማይንዝ*",
    "kiel": "kiel|kielu|kielben|kilonia|kilonii|kilonię|kielê|киль|киле|киля|килю|кіль|кілі|кілю|у килу|مدينة كيل|"
            "شهر کیل|شاری کیل|κίελο*|基尔市|在基尔|基爾|ኪየል*|በኪየል*|ከኪየል*|የኪየል*|ለኪየል*|ወደኪየል*|ንኪየል*|ብኪየል*|ኪል ከተማ*|በኪል ከተማ*|"
            "ከኪል ከተማ*|የኪል ከተማ*|ለኪል ከተማ*|ወደኪል ከተማ*",
    "erfurt": "erfurt|erfurta*|erfurti*|erfurtu*|erfurtt*|erfurtb*|erfurcie|erfurtê|эрфурт*|ерфурт*|إرفورت|بإرفورت|"
              "ارفورت|ئێرفورت|ئێرفۆرت|έρφουρτ*|爱尔福特|愛爾福特|ኤርፉርት*|በኤርፉርት*|ከኤርፉርት*|የኤርፉርት*|ለኤርፉርት*|ወደኤርፉርት*",
    "magdeburg": "magdeburg|magdeburga*|magdeburgi*|magdeburgu*|magdeburgd*|magdeburgb*|magdeburgo|magdebourg|"
                 "magdeburk*|maagdenburg|magdeburgê|магдебург*|ماغدبورغ|بماغدبورغ|ماجدبورج|ماگدبورگ|ماګدبورګ|ماگدبۆرگ|"
                 "μαγδεβούργ*|μαγδεμβούργ*|μάγκντεμπουργκ*|马格德堡|馬格德堡|ማግደቡርግ*|በማግደቡርግ*|ከማግደቡርግ*|የማግደቡርግ*|ለማግደቡርግ*|"
                 "ወደማግደቡርግ*",
    "potsdam": "potsdam|potsdama*|potsdami*|potsdamu*|potsdamd*|potsdamb*|poczdam*|postupim*|potsdamê|потсдам*|بوتسدام|"
               "ببوتسدام|پوتسدام|پۆتسدام|πότσνταμ|波茨坦|ፖትስዳም*|በፖትስዳም*|ከፖትስዳም*|የፖትስዳም*|ለፖትስዳም*|ወደፖትስዳም*",
    "schwerin": "schwerin|schwerina*|schwerini*|schwerinu*|schwerinb*|šverin*|schwerinê|шверин*|шверін*|شفيرين|شورین|"
                "شڤێرین|شوێرین|σβερίν*|什未林|ሽቨሪን*|ሽዌሪን*|በሽቨሪን*|ከሽቨሪን*|የሽቨሪን*|ለሽቨሪን*|ወደሽቨሪን*|ንሽቨሪን*|ብሽቨሪን*",
    "saarbruecken": "saarbrücken|saarbrückena*|saarbrückeni*|saarbrückenu*|saarbrückend*|saarbrückenb*|saarbruecken|"
                    "sarrebruck|sarbriken*|saarbrückenê|саарбрюккен*|саарбрюкен*|сарбрикен*|саарбрикен*|сарбрюкен*|"
                    "ساربروكن|زاربروكن|زاربروکن|ساربروکن|ζααρμπρύκεν*|ζααρμπρούκεν*|σααρμπρύκεν*|萨尔布吕肯|薩爾布呂肯|ዛርብሩከን*|"
                    "ሳርብሩከን*|ዛርብሩኬን*|በዛርብሩከን*|ከዛርብሩከን*|የዛርብሩከን*|ለዛርብሩከን*|ወደዛርብሩከን*|ንዛርብሩከን*|ብዛርብሩከን*",
    "aachen": "aachen|aachena*|aacheni*|aachenu*|aachend*|aachenb*|aix la chapelle|aquisgran*|akwizgran*|cáchy|cáchách|"
              "in aken|aachenê|ахен*|аахен*|آخن|بآخن|ئاخن|άαχεν*|ακυίσγρανο*|亚琛|亞琛|ኣኸን*|አኸን*|በአኸን*|ከአኸን*|የአኸን*|ለአኸን*|"
              "ወደአኸን*",
    "braunschweig": "braunschweig|braunschweiga*|braunschweigi*|braunschweigu*|braunschweigd*|braunschweigb*|brunswick|"
                    "brunszwik*|brunšvik*|brunswijk|braunšvajg*|braunschweigê|брауншвейг*|брауншвайг*|брауншвајг*|"
                    "براونشفايغ|براونشفيغ|براونشوایگ|براونشڤایگ|μπράουνσβαι*|βρουνσβίκ*|不伦瑞克|布伦瑞克|布倫瑞克|ብራውንሽዋይግ*|"
                    "ብራውንሽቫይግ*|በብራውንሽዋይግ*|ከብራውንሽዋይግ*|የብራውንሽዋይግ*|ለብራውንሽዋይግ*|ወደብራውንሽዋይግ*",
    "chemnitz": "chemnitz|chemnitza*|chemnitzi*|chemnitzu*|chemnitzd*|chemnitzb*|saská kamenice|kemnic*|chemnitzê|"
                "хемниц*|кемниц*|хемніц*|كيمنتس|خمنتس|کمنیتس|کێمنیتس|کمنیتز|κέμνιτς*|χέμνιτς*|開姆尼茨|开姆尼茨|ኬምኒትዝ*|በኬምኒትዝ*|"
                "ከኬምኒትዝ*|የኬምኒትዝ*|ለኬምኒትዝ*|ወደኬምኒትዝ*",
    "halle": "halle saale|halle an der saale|stadt halle|halleyê|галле|халле|مدينة هاله|شهر هاله|χάλλε|哈勒",
    "freiburg": "freiburg|freiburga*|freiburgi*|freiburgu*|freiburgd*|freiburgb*|fribourg en brisgau|friburgo*|"
                "fryburg*|frajburg*|freiburgê|фрайбург*|фрейбург*|фрајбург*|فرايبورغ|بفرايبورغ|فرايبورج|فرایبورگ|"
                "فرایبورګ|فرایبۆرگ|φράιμπουργ*|φρειβούργ*|弗赖堡|弗萊堡|ፍራይቡርግ*|በፍራይቡርግ*|ከፍራይቡርግ*|የፍራይቡርግ*|ለፍራይቡርግ*|"
                "ወደፍራይቡርግ*",
    "kassel": "kassel|kassela*|kasseli*|kasselu*|kasseld*|kasselb*|cassel|kaselu|kasselê|кассел*|касел|каселу|касела|"
              "каселом|بكاسل|مدينة كاسل|کاسل|کاسڵ|κάσελ|卡塞尔|卡塞爾|ካሰል*|ካስል*|በካሰል*|ከካሰል*|የካሰል*|ለካሰል*|ወደካሰል*|በካስል*|ከካስል*|"
              "የካስል*|ለካስል*|ወደካስል*",
    "heidelberg": "heidelberg|heidelberga*|heidelbergi*|heidelbergu*|heidelbergd*|heidelbergb*|hajdelberg*|heidelbergê|"
                  "гейдельберг*|хайдельберг*|гайдельберг*|хайделберг*|хајделберг*|هايدلبرغ|بهايدلبرغ|هايدلبيرغ|"
                  "هایدلبرگ|هایدلبرګ|هایدلبێرگ|χαϊδελβέργη*|χάιντελμπεργκ*|χαϊδελβέργ*|海德堡|ሃይደልበርግ*|ሀይደልበርግ*|በሃይደልበርግ*|"
                  "ከሃይደልበርግ*|የሃይደልበርግ*|ለሃይደልበርግ*|ወደሃይደልበርግ*",
    "regensburg": "regensburg|regensburga*|regensburgi*|regensburgu*|regensburgd*|regensburgb*|ratisbon*|ratyzbon*|"
                  "regenzburg*|řezno|řezna|řeznu|řezně|regensburgê|регенсбург*|регензбург*|ريغنسبورغ|ريجنسبورج|"
                  "رگنسبورگ|رێگنسبۆرگ|رگنسبورګ|ρέγκενσμπουργκ*|ρεγκενσβούργ*|ρατισβόνη*|雷根斯堡|ረገንስቡርግ*|ሬገንስቡርግ*|"
                  "በረገንስቡርግ*|ከረገንስቡርግ*|የረገንስቡርግ*|ለረገንስቡርግ*|ወደረገንስቡርግ*",
    "wuerzburg": "würzburg|würzburga*|würzburgi*|würzburgu*|würzburgd*|würzburgb*|wuerzburg|wurzburgo|wurtzbourg|"
                 "vircburg*|würzburgê|вюрцбург*|вирцбург*|فورتسبورغ|فورتسبورج|وورتسبورگ|ڤورتسبۆرگ|وورتسبورګ|"
                 "βίρτσμπουργκ*|βύρτσμπουργκ*|βυρτσβούργ*|维尔茨堡|維爾茨堡|维尔兹堡|ቩርዝቡርግ*|ዉርዝቡርግ*|በቩርዝቡርግ*|ከቩርዝቡርግ*|የቩርዝቡርግ*|"
                 "ለቩርዝቡርግ*|ወደቩርዝቡርግ*",
    "ingolstadt": "ingolstadt|ingolstadta*|ingolstadti*|ingolstadtu*|ingolstadtt*|ingolstadtb*|ingolštat*|ingolstadtê|"
                  "ingolstadcie|ингольштадт*|інгольштадт*|инголштат*|إنغولشتات|اینگولشتات|ئینگۆلشتات|اینگولشتاټ|"
                  "ίνγκολσταντ*|ίνγκολστατ*|英戈尔施塔特|因戈尔施塔特|ኢንጎልሽታት*|ኢንጎልስታት*|በኢንጎልሽታት*|ከኢንጎልሽታት*|የኢንጎልሽታት*|ለኢንጎልሽታት*|"
                  "ወደኢንጎልሽታት*|ንኢንጎልሽታት*|ብኢንጎልሽታት*",
    "ulm": "ulm|ulmu|ulmd*|ulmb*|ulmê|ульм*|улм|улму|улмом|مدينة أولم|شهر اولم|ουλμ|乌尔姆|烏爾姆|ኡልም*|በኡልም*|ከኡልም*|የኡልም*|"
           "ለኡልም*|ወደኡልም*",
    "gelsenkirchen": "gelsenkirchen|gelsenkirchena*|gelsenkircheni*|gelsenkirchenu*|gelsenkirchend*|gelsenkirchenb*|"
                     "gelzenkirhen*|gelsenkirchenê|гельзенкирхен*|гельзенкірхен*|гелзенкирхен*|غيلسنكيرشن|غلزنكيرشن|"
                     "گلزنکیرشن|گێلزنکیرشن|γκέλζενκιρχεν*|γκελσενκίρχεν*|盖尔森基兴|蓋爾森基興|ገልዘንኪርሸን*|ጌልዘንኪርሸን*|ገልሰንኪርሸን*|"
                     "ገልዘንኪርኸን*|በገልዘንኪርሸን*|ከገልዘንኪርሸን*|የገልዘንኪርሸን*|ለገልዘንኪርሸን*|ወደገልዘንኪርሸን*|ንገልዘንኪርሸን*|ብገልዘንኪርሸን*",
    "moenchengladbach": "mönchengladbach|mönchengladbacha*|mönchengladbachi*|mönchengladbachu*|mönchengladbacht*|"
                        "mönchengladbachb*|moenchengladbach|mönchen gladbach|menhengladbah*|mönchengladbachê|"
                        "мёнхенгладбах*|менхенгладбах*|мьонхенгладбах*|مونشنغلادباخ|مونشنگلادباخ|مۆنشنگلادباخ|"
                        "μένχενγκλαντμπαχ*|门兴格拉德巴赫|門興格拉德巴赫|ሙንሸንግላድባ*|መንሸንግላድባ*|ሞንሸንግላድባ*|በሙንሸንግላድባ*|ከሙንሸንግላድባ*|"
                        "የሙንሸንግላድባ*|ለሙንሸንግላድባ*|ወደሙንሸንግላድባ*|ንሙንሸንግላድባ*|ብሙንሸንግላድባ*",
    "rostock": "rostock|rostocka*|rostocki*|rostocku*|rostockt*|rostockb*|rostockê|ростоке|ростоку|ростоком|ростока|"
               "ростоці|روستوك|بروستوك|روستوک|رۆستۆک|ρόστοκ*|罗斯托克|羅斯托克|ሮስቶክ*|በሮስቶክ*|ከሮስቶክ*|የሮስቶክ*|ለሮስቶክ*|ወደሮስቶክ*",
    "luebeck": "lübeck|lübecka*|lübecki*|lübecku*|lübeckt*|lübeckb*|luebeck|lubeka*|lubecca|libek*|lübeckê|любек*|"
               "либек*|لوبيك|لوبک|لوبێک|لوبیک|λύμπεκ*|λίμπεκ*|λυβέκη*|吕贝克|呂貝克|ሉቤክ*|ሊዩቤክ*|በሉቤክ*|ከሉቤክ*|የሉቤክ*|ለሉቤክ*|"
               "ወደሉቤክ*|ንሉቤክ*|ብሉቤክ*",
    "krefeld": "krefeld|krefelda*|krefeldi*|krefeldu*|krefeldd*|krefeldb*|krefeldê|krefeldzie|крефельд*|крефелд*|"
               "كريفيلد|کرفلد|کرێفێلد|κρέφελντ*|克雷费尔德|ክሬፌልድ*|ክረፈልድ*|በክሬፌልድ*|ከክሬፌልድ*|የክሬፌልድ*|ለክሬፌልድ*|ወደክሬፌልድ*|ንክሬፌልድ*|"
               "ብክሬፌልድ*",
    "oberhausen": "stadt oberhausen|oberhausen nrw|oberhausen rheinland|oberhauzen*|oberhausenê|оберхаузен*|أوبرهاوزن|"
                  "اوبرهاوزن|ئۆبەرهاوزن|όμπερχαουζεν*|奥伯豪森|ኦበርሃውዘን*|ኦበርሀውዘን*|በኦበርሃውዘን*|ከኦበርሃውዘን*|የኦበርሃውዘን*|ለኦበርሃውዘን*|"
                  "ወደኦበርሃውዘን*|ንኦበርሃውዘን*|ብኦበርሃውዘን*",
    "hagen": "in hagen|stadt hagen|hagen westfalen|hagen nrw|hagen de|hagenê|хаген*|гаген*|مدينة هاغن|في هاغن|شهر هاگن|"
             "در هاگن|χάγκεν|哈根市",
    "hamm": "stadt hamm|hamm westfalen|hamm nrw|hamm in westfalen|li hammê|хамм",
    "muelheim": "mülheim an der ruhr|mülheim ruhr|muelheim an der ruhr|muelheim ruhr|мюльхайм на руре|мюльгайм на рурі|"
                "милхајм на руру|мюльхайм ан дер рур|μύλχαιμ αν ντερ ρουρ|μίλχαιμ αν ντερ ρουρ",
    "ludwigshafen": "ludwigshafen|ludwigshafena*|ludwigshafeni*|ludwigshafenu*|ludwigshafend*|ludwigshafenb*|"
                    "ludvigshafen*|ludwigshafenê|людвигсхафен*|людвігсгафен*|лудвигсхафен*|لودفيغسهافن|لودویگسهافن|"
                    "لودڤیگسهافن|لودویګسهافن|λούντβιχσχαφεν*|λούντβιγκσχαφεν*|路德维希港|ሉድቪግስሃፈን*|ሉድዊግስሃፈን*|በሉድቪግስሃፈን*|"
                    "ከሉድቪግስሃፈን*|የሉድቪግስሃፈን*|ለሉድቪግስሃፈን*|ወደሉድቪግስሃፈን*|ንሉድቪግስሃፈን*|ብሉድቪግስሃፈን*",
    "oldenburg": "oldenburg|oldenburga*|oldenburgi*|oldenburgu*|oldenburgd*|oldenburgb*|oldenburgê|ольденбург*|"
                 "олденбург*|أولدنبورغ|اولدنبورگ|ئۆلدنبۆرگ|ئۆلدنبورگ|اولدنبورګ|όλντενμπουργ*|ολδεμβούργ*|ολδενβούργ*|"
                 "奥尔登堡|ኦልደንቡርግ*|በኦልደንቡርግ*|ከኦልደንቡርግ*|የኦልደንቡርግ*|ለኦልደንቡርግ*|ወደኦልደንቡርግ*",
    "osnabrueck": "osnabrück|osnabrücka*|osnabrücki*|osnabrücku*|osnabrückt*|osnabrückb*|osnabrueck|osnabrik*|"
                  "osnabrückê|оснабрюк*|оснабрик*|أوسنابروك|اوسنابروک|اسنابروک|ئۆسنابروک|ئۆسنابرووک|ئوسنابروک|"
                  "اوسنابروك|όσναμπρυκ*|όσναμπρικ*|οσναβρύκη*|όσναμπρουκ*|奥斯纳布吕克|ኦስናብሩክ*|በኦስናብሩክ*|ከኦስናብሩክ*|የኦስናብሩክ*|"
                  "ለኦስናብሩክ*|ወደኦስናብሩክ*",
    "leverkusen": "leverkusen|leverkusena*|leverkuseni*|leverkusenu*|leverkusend*|leverkusenb*|leverkuzen*|leverkusenê|"
                  "леверкузен*|ليفركوزن|لورکوزن|لێڤەرکوزن|λεβερκούζεν*|勒沃库森|ሌቨርኩዘን*|ሌቨርኩሰን*|በሌቨርኩዘን*|ከሌቨርኩዘን*|የሌቨርኩዘን*|"
                  "ለሌቨርኩዘን*|ወደሌቨርኩዘን*|ንሌቨርኩዘን*|ብሌቨርኩዘን*",
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
               "giessenu|gießenê|гиссен*|гісен*|гіссен*|гисен*|غيسن|گیسن|گیزن|γκίσεν*|γκίσσεν*|吉森|ጊሰን*|ጊሴን*|በጊሰን*|"
               "ከጊሰን*|የጊሰን*|ለጊሰን*|ወደጊሰን*",
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
