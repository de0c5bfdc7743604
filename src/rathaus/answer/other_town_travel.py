"""Travel to or from another town (TRAVEL), for answer/other_town.py (the rule: other_town_words.py): a question
that names another German town but no office is the own town's business when it holds one, as when it holds a
present-day tie to it (TIES, in other_town_ties.py). Plain data; a municipal developer can extend it.

Language keys as in other_town_words.py.
"""

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
# enough, only), Sorani "پاس" alone (Persian, a pass). Amharic: no "ጉዞ", "የጉዞ", "ለመጓዝ" (a trip, to travel: "የጉዞ
# ሰነድ" is the travel document), "ትኬት" alone (Tigrinya's list has it), "ጣቢያ" alone ("ፖሊስ ጣቢያ"), "መኪና", "መንዳት"
# (a car, to drive: the driving licence), "ታክሲ"; prepositions are joined to the word ("በባቡር", by train).
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
    "am": "ባቡር*|ባቡሩ*|በባቡር*|በባቡሩ*|የባቡር*|ለባቡር*|ከባቡር*|አውቶቡ*|አውቶብ*|በአውቶቡ*|በአውቶብ*|የአውቶቡ*|የአውቶብ*|"
          "ለአውቶቡ*|ከአውቶቡ*|ትራም|ትራሙ|በትራም|የትራም|ሜትሮ|በሜትሮ|የሜትሮ|ፌርማታ*|ዶይችላንድ ቲኬ*|ዶይችላንድ ትኬ*|"
          "ዶይችላንድቲኬ*|ዶይችላንድትኬ*|የወር ትኬ*|የወር ቲኬ*|ወርሃዊ ትኬ*|የደርሶ መልስ ትኬ*|የህዝብ ትራንስፖር*|"
          "የሕዝብ ትራንስፖር*|በህዝብ ትራንስፖር*|በሕዝብ ትራንስፖር*|የህዝብ ማመላለሻ*|የሕዝብ ማመላለሻ*|በህዝብ ማመላለሻ*|"
          "በሕዝብ ማመላለሻ*|ፍሊክስባስ*|ፍሊክስ ባስ*|እጓዛለሁ|እጓዛለው|እንጓዛለን|ልጓዝ|እንዴት እደርሳለሁ|እንዴት መድረስ እችላለሁ",
}
