"""The few fixed sentences an answer needs, in the languages citizens write.

Sources stay German; these frame them in the asker's language. Unknown
languages fall back to German and English together.
"""

from __future__ import annotations

from rathaus.language import SHARED_TEXTS

FOUND = {
    "de": "Dazu habe ich auf den Seiten der Stadt gefunden:",
    "en": "Here is what I found on the town's pages (quoted in German):",
    "uk": "Ось що я знайшов на сторінках міста (цитати німецькою):",
    "ru": "Вот что я нашёл на страницах города (цитаты на немецком):",
    "ar": "هذا ما وجدته في صفحات المدينة (الاقتباسات باللغة الألمانية):",
    "tr": "Belediyenin sayfalarında şunları buldum (alıntılar Almanca):",
    "fa": "این را در صفحات شهر پیدا کردم (نقل‌قول‌ها به آلمانی):",
    "pl": "Oto, co znalazłem na stronach miasta (cytaty po niemiecku):",
    "ro": "Iată ce am găsit pe paginile orașului (citate în germană):",
    "fr": "Voici ce que j'ai trouvé sur les pages de la ville (citations en allemand) :",
    "es": "Esto es lo que encontré en las páginas de la ciudad (citas en alemán):",
    "it": "Ecco cosa ho trovato sulle pagine della città (citazioni in tedesco):",
    "hr": "Ovo sam pronašao na stranicama grada (citati su na njemačkom):",
    "el": "Να τι βρήκα στις σελίδες του δήμου (τα αποσπάσματα είναι στα γερμανικά):",
    "bg": "Ето какво намерих на страниците на общината (цитатите са на немски):",
    "cs": "Toto jsem našel na stránkách města (citace jsou v němčině):",
    "nl": "Dit heb ik gevonden op de pagina's van de gemeente (citaten in het Duits):",
    "hu": "Ezt találtam a város oldalain (az idézetek németül vannak):",
    "zh": "以下是我在市政府网页上找到的内容（引文为德语）：",
    "pt": "Encontrei isto nas páginas da cidade (citações em alemão):",
    "sq": "Ja çfarë gjeta në faqet e bashkisë (citimet janë në gjermanisht):",
    "vi": "Đây là những gì tôi tìm thấy trên các trang của thành phố (trích dẫn bằng tiếng Đức):",
    "ku": "Min ev li ser rûpelên şaredariyê dîtin (jêgirtin bi almanî ne):",
    "ps": "ما د ښار په پاڼو کې دا وموندل (نقل‌قولونه په الماني ژبه دي):",
    "ckb": "ئەمەم لە پەڕەکانی شارەکەدا دۆزییەوە (دەقە وەرگیراوەکان بە زمانی ئەڵمانین):",
    "ti": "ኣብ ገጻት ከተማ እዚ ረኺበ (እቶም ጥቕስታት ብጀርመንኛ እዮም):",
    "so": "Waxa aan ka helay bogagga magaalada (qoraallada la soo xigtay waa af Jarmal):",
    "am": "ከከተማው ድረ-ገጾች ያገኘሁት ይህ ነው (ጥቅሶቹ በጀርመንኛ ናቸው):",
}

NOT_FOUND = {
    "de": "Dazu habe ich in den Unterlagen der Stadt leider keine verlässliche Antwort gefunden.",
    "en": "I'm sorry, I could not find a reliable answer to this in the town's documents.",
    "uk": "На жаль, я не знайшов надійної відповіді на це в документах міста.",
    "ru": "К сожалению, я не нашёл надёжного ответа на этот вопрос в документах города.",
    "ar": "عذرًا، لم أجد إجابة موثوقة على هذا في وثائق المدينة.",
    "tr": "Üzgünüm, belediyenin belgelerinde buna güvenilir bir yanıt bulamadım.",
    "fa": "متأسفم، پاسخ قابل اعتمادی برای این در اسناد شهر پیدا نکردم.",
    "pl": "Niestety nie znalazłem w dokumentach miasta wiarygodnej odpowiedzi na to pytanie.",
    "ro": "Din păcate, nu am găsit un răspuns sigur la aceasta în documentele orașului.",
    "fr": "Désolé, je n'ai pas trouvé de réponse fiable à cette question dans les documents de la ville.",
    "es": "Lo siento, no encontré una respuesta fiable a esto en los documentos de la ciudad.",
    "it": "Mi dispiace, non ho trovato una risposta affidabile nei documenti della città.",
    "hr": "Nažalost, u dokumentima grada nisam pronašao pouzdan odgovor na ovo pitanje.",
    "el": "Λυπάμαι, δεν βρήκα αξιόπιστη απάντηση σε αυτό στα έγγραφα του δήμου.",
    "bg": "За съжаление не намерих надежден отговор на този въпрос в документите на общината.",
    "cs": "Bohužel jsem v dokumentech města nenašel na tuto otázku spolehlivou odpověď.",
    "nl": "Helaas heb ik hierop geen betrouwbaar antwoord gevonden in de documenten van de gemeente.",
    "hu": "Sajnos a város dokumentumaiban nem találtam megbízható választ erre a kérdésre.",
    "zh": "很抱歉，我在市政府的文件中没有找到关于这个问题的可靠答案。",
    "pt": "Lamento, não encontrei nos documentos da cidade uma resposta confiável para esta pergunta.",
    "sq": "Më vjen keq, nuk gjeta një përgjigje të besueshme për këtë në dokumentet e bashkisë.",
    "vi": "Rất tiếc, tôi không tìm thấy câu trả lời đáng tin cậy cho câu hỏi này trong tài liệu của thành phố.",
    "ku": "Mixabin, min di belgeyên şaredariyê de bersiveke pêbawer ji bo vê pirsê nedît.",
    "ps": "بښنه غواړم، د ښار په اسنادو کې مې د دې پوښتنې لپاره باوري ځواب ونه موند.",
    "ckb": "ببورن، لە بەڵگەنامەکانی شارەکەدا وەڵامێکی متمانەپێکراوم بۆ ئەم پرسیارە نەدۆزییەوە.",
    "ti": "ይቕሬታ፡ ኣብ ሰነዳት ከተማ ነዚ ሕቶ ዝኸውን እሙን መልሲ ክረክብ ኣይከኣልኩን።",
    "so": "Waan ka xumahay, dukumentiyada magaalada kuma aan helin jawaab lagu kalsoonaan karo oo su'aashan ku saabsan.",
    "am": "ይቅርታ፣ በከተማው ሰነዶች ውስጥ ለዚህ ጥያቄ አስተማማኝ መልስ ማግኘት አልቻልኩም።",
}

# Instead of NOT_FOUND when the question is about another German town's office or service (answer/other_town.py).
ANOTHER_TOWN = {
    "de": "Ich kann nur über die Angebote dieser Stadt Auskunft geben – für eine andere Stadt oder Gemeinde wenden Sie sich bitte direkt an deren Verwaltung.",
    "en": "I can only give information about this town's own services – for another town, please contact its administration directly.",
    "uk": "Я можу надати інформацію лише про послуги цього міста – щодо іншого міста чи громади, будь ласка, звертайтеся безпосередньо до їхньої адміністрації.",
    "ru": "Я могу дать информацию только об услугах этого города – по вопросам другого города или общины, пожалуйста, обращайтесь непосредственно в их администрацию.",
    "ar": "لا يمكنني تقديم معلومات إلا عن خدمات هذه المدينة – أما بخصوص مدينة أو بلدية أخرى، فيُرجى التواصل مباشرةً مع إدارتها.",
    "tr": "Yalnızca bu belediyenin hizmetleri hakkında bilgi verebilirim – başka bir şehir veya belediye için lütfen doğrudan ilgili belediyeye başvurun.",
    "fa": "من فقط می‌توانم درباره خدمات این شهر اطلاعات بدهم – برای شهری دیگر، لطفاً مستقیماً به اداره همان شهر مراجعه کنید.",
    "pl": "Mogę udzielać informacji wyłącznie o usługach tego miasta – w sprawie innego miasta lub gminy proszę zwrócić się bezpośrednio do tamtejszego urzędu.",
    "ro": "Pot oferi informații doar despre serviciile acestui oraș – pentru un alt oraș sau o altă comună, vă rog să vă adresați direct administrației locale respective.",
    "fr": "Je ne peux donner des informations que sur les services de cette ville – pour une autre ville ou commune, veuillez vous adresser directement à son administration.",
    "es": "Solo puedo informar sobre los servicios de esta ciudad – para otra ciudad o municipio, por favor, diríjase directamente a su administración.",
    "it": "Posso fornire informazioni solo sui servizi di questa città – per un'altra città o un altro comune, si rivolga direttamente alla relativa amministrazione.",
    "hr": "Mogu pružiti informacije samo o uslugama ovoga grada – za drugi grad ili općinu molim vas da se izravno obratite njihovoj upravi.",
    "el": "Μπορώ να δώσω πληροφορίες μόνο για τις υπηρεσίες αυτού του δήμου – για άλλη πόλη ή άλλον δήμο, παρακαλώ επικοινωνήστε απευθείας με τη διοίκησή τους.",
    "bg": "Мога да давам информация само за услугите на тази община – за друг град или друга община, моля, обърнете се директно към съответната администрация.",
    "cs": "Mohu poskytovat informace pouze o službách tohoto města – v případě jiného města nebo obce se prosím obraťte přímo na jejich úřad.",
    "nl": "Ik kan alleen informatie geven over de diensten van deze gemeente – voor een andere stad of gemeente kunt u het beste rechtstreeks contact opnemen met het gemeentebestuur daar.",
    "hu": "Csak ennek a városnak a szolgáltatásairól tudok tájékoztatást adni – más város vagy település ügyében kérem, forduljon közvetlenül annak önkormányzatához.",
    "zh": "我只能提供本市政府各项服务的信息——如涉及其他城市或乡镇，请您直接联系当地政府。",
    "pt": "Só posso dar informações sobre os serviços desta cidade – para outra cidade ou município, por favor, dirija-se diretamente à administração local correspondente.",
    "sq": "Mund të jap informacion vetëm për shërbimet e kësaj bashkie – për një qytet ose bashki tjetër, ju lutem drejtohuni drejtpërdrejt administratës përkatëse.",
    "vi": "Tôi chỉ có thể cung cấp thông tin về các dịch vụ của thành phố này – đối với thành phố hoặc địa phương khác, xin quý vị vui lòng liên hệ trực tiếp với chính quyền nơi đó.",
    "ku": "Ez tenê dikarim derbarê xizmetên vê şaredariyê de agahî bidim – ji bo bajarekî an şaredariyeke din, ji kerema xwe rasterast serî li rêveberiya têkildar bidin.",
    "ps": "زه یوازې د دې ښار د خدمتونو په اړه معلومات ورکولی شم – د بل ښار لپاره، مهرباني وکړئ مستقیماً د هماغه ښار له ادارې سره اړیکه ونیسئ.",
    "ckb": "من تەنها دەتوانم زانیاری لەسەر خزمەتگوزارییەکانی ئەم شارە بدەم – بۆ شارێکی تر، تکایە ڕاستەوخۆ پەیوەندی بە ئیدارەی ئەو شارەوە بکەن.",
    "ti": "ብዛዕባ ኣገልግሎታት እዛ ከተማ እዚኣ ጥራይ እየ ሓበሬታ ክህብ ዝኽእል – ንካልእ ከተማ፡ በጃኹም ብቐጥታ ምስ ምምሕዳር እታ ከተማ ተራኸቡ።",
    "so": "Waxaan macluumaad ka bixin karaa oo keliya adeegyada magaaladan – wixii magaalo kale ah, fadlan si toos ah ula xiriir maamulka magaaladaas.",
    "am": "መረጃ መስጠት የምችለው ስለዚህ ከተማ አገልግሎቶች ብቻ ነው – ለሌላ ከተማ ወይም ማዘጋጃ ቤት፣ እባክዎ በቀጥታ የሚመለከተውን አስተዳደር ያነጋግሩ።",
}

# Instead of NOT_FOUND when the question is another state's passport or ID card at its consulate (answer/foreign.py).
ANOTHER_STATE = {
    "de": "Pässe und Ausweise eines anderen Staates stellt dessen Konsulat oder Botschaft aus – dazu kann die Stadt leider keine Auskunft geben.",
    "en": "Passports and ID cards of another country are issued by its consulate or embassy – the town cannot give information about that, unfortunately.",
    "uk": "Паспорти та посвідчення особи іншої держави видає її консульство або посольство – на жаль, місто не може надати інформацію з цього питання.",
    "ru": "Паспорта и удостоверения личности другого государства выдаёт его консульство или посольство – к сожалению, город не может предоставить информацию по этому вопросу.",
    "ar": "جوازات السفر وبطاقات الهوية الخاصة بدولة أخرى تصدرها قنصليتها أو سفارتها – وللأسف لا تستطيع المدينة تقديم معلومات بهذا الشأن.",
    "tr": "Başka bir devletin pasaportlarını ve kimlik kartlarını o devletin konsolosluğu veya büyükelçiliği düzenler – belediye maalesef bu konuda bilgi veremez.",
    "fa": "گذرنامه و کارت شناسایی یک کشور دیگر را کنسولگری یا سفارت همان کشور صادر می‌کند – متأسفانه شهر نمی‌تواند در این باره اطلاعاتی بدهد.",
    "pl": "Paszporty i dowody osobiste innego państwa wydaje jego konsulat lub ambasada – niestety miasto nie może udzielić informacji w tej sprawie.",
    "ro": "Pașapoartele și cărțile de identitate ale altui stat sunt eliberate de consulatul sau ambasada acestuia – din păcate, orașul nu poate oferi informații despre acest lucru.",
    "fr": "Les passeports et les cartes d'identité d'un autre pays sont délivrés par son consulat ou son ambassade – la ville ne peut malheureusement pas vous renseigner à ce sujet.",
    "es": "Los pasaportes y documentos de identidad de otro país los expide su consulado o embajada – lamentablemente, la ciudad no puede dar información al respecto.",
    "it": "I passaporti e le carte d'identità di un altro Stato vengono rilasciati dal suo consolato o dalla sua ambasciata – purtroppo la città non può fornire informazioni al riguardo.",
    "hr": "Putovnice i osobne iskaznice druge države izdaje njezin konzulat ili veleposlanstvo – nažalost, grad o tome ne može dati informacije.",
    "el": "Τα διαβατήρια και τα δελτία ταυτότητας άλλου κράτους εκδίδονται από το προξενείο ή την πρεσβεία του – δυστυχώς ο δήμος δεν μπορεί να δώσει πληροφορίες για αυτό.",
    "bg": "Паспортите и личните карти на друга държава се издават от нейното консулство или посолство – за съжаление общината не може да даде информация по този въпрос.",
    "cs": "Cestovní pasy a občanské průkazy jiného státu vydává jeho konzulát nebo velvyslanectví – město k tomu bohužel nemůže poskytnout informace.",
    "nl": "Paspoorten en identiteitskaarten van een ander land worden afgegeven door het consulaat of de ambassade van dat land – de gemeente kan daar helaas geen informatie over geven.",
    "hu": "Más állam útlevelét és személyazonosító igazolványát az adott állam konzulátusa vagy nagykövetsége állítja ki – erről a város sajnos nem tud tájékoztatást adni.",
    "zh": "其他国家的护照和身份证由该国的领事馆或大使馆签发——很抱歉，市政府无法就此提供信息。",
    "pt": "Os passaportes e documentos de identidade de outro país são emitidos pelo consulado ou pela embaixada desse país – infelizmente, a cidade não pode dar informações sobre isso.",
    "sq": "Pasaportat dhe letërnjoftimet e një shteti tjetër lëshohen nga konsullata ose ambasada e atij shteti – fatkeqësisht, bashkia nuk mund të japë informacion për këtë.",
    "vi": "Hộ chiếu và thẻ căn cước của một quốc gia khác do lãnh sự quán hoặc đại sứ quán của quốc gia đó cấp – rất tiếc, thành phố không thể cung cấp thông tin về vấn đề này.",
    "ku": "Pasaport û nasnameyên dewleteke din ji aliyê konsolxane an balyozxaneya wê dewletê ve têne derxistin – mixabin, şaredarî nikare derbarê vê yekê de agahiyan bide.",
    "ps": "د بل هېواد پاسپورټونه او د پېژندنې کارتونه د هماغه هېواد قونسلګري یا سفارت صادروي – له بده مرغه ښار په دې اړه معلومات نشي ورکولی.",
    "ckb": "پاسپۆرت و کارتی ناسنامەی وڵاتێکی تر لەلایەن کونسوڵخانە یان باڵیۆزخانەی ئەو وڵاتەوە دەردەکرێت – بەداخەوە شارەکە ناتوانێت لەم بارەیەوە زانیاری بدات.",
    "ti": "ፓስፖርትን ናይ መንነት ወረቐትን ናይ ካልእ ሃገር ዝህብ ቆንስላ ወይ ኤምባሲ እታ ሃገር እዩ – ከም ዘሕዝን፡ ከተማ ብዛዕባ እዚ ሓበሬታ ክትህብ ኣይትኽእልን እያ።",
    "so": "Baasaboorrada iyo kaararka aqoonsiga ee dal kale waxaa bixiya qunsuliyadda ama safaaradda dalkaas – nasiib darro, magaaladu arrintaas macluumaad kama bixin karto.",
    "am": "የሌላ አገር ፓስፖርትና መታወቂያ የሚሰጠው በዚያው አገር ቆንስላ ወይም ኤምባሲ ነው – እንደ አለመታደል ሆኖ ከተማው በዚህ ጉዳይ ላይ መረጃ መስጠት አይችልም።",
}

OFFER_HANDOFF = {
    "de": "Möchten Sie, dass sich eine Mitarbeiterin oder ein Mitarbeiter der Stadt darum kümmert?",
    "en": "Would you like a member of the town's staff to help you with this?",
    "uk": "Бажаєте, щоб вам допоміг працівник міської адміністрації?",
    "ru": "Хотите, чтобы вам помог сотрудник городской администрации?",
    "ar": "هل تريد أن يساعدك أحد موظفي المدينة في ذلك؟",
    "tr": "Belediye çalışanlarından birinin size yardımcı olmasını ister misiniz?",
    "fa": "آیا می‌خواهید یکی از کارکنان شهر در این مورد به شما کمک کند؟",
    "pl": "Czy chcesz, aby pomógł Ci pracownik urzędu miasta?",
    "ro": "Doriți ca un angajat al primăriei să vă ajute cu aceasta?",
    "fr": "Souhaitez-vous qu'un agent de la ville vous aide ?",
    "es": "¿Quiere que un empleado del ayuntamiento le ayude con esto?",
    "it": "Desidera che un dipendente del comune la aiuti?",
    "hr": "Želite li da vam u tome pomogne službenik gradske uprave?",
    "el": "Θέλετε να σας βοηθήσει σε αυτό ένας υπάλληλος του δήμου;",
    "bg": "Желаете ли служител на общината да Ви помогне с това?",
    "cs": "Přejete si, aby vám s tím pomohl pracovník městského úřadu?",
    "nl": "Wilt u dat een medewerker van de gemeente u hiermee helpt?",
    "hu": "Szeretné, hogy a városháza egyik munkatársa segítsen Önnek ebben?",
    "zh": "您希望由市政府的工作人员为您处理此事吗？",
    "pt": "Deseja que um funcionário da administração municipal o ajude com isto?",
    "sq": "Dëshironi që një punonjës i bashkisë t'ju ndihmojë për këtë?",
    "vi": "Quý vị có muốn một nhân viên của chính quyền thành phố hỗ trợ việc này không?",
    "ku": "Hûn dixwazin ku karmendekî şaredariyê di vê mijarê de alîkariya we bike?",
    "ps": "ایا غواړئ چې د ښاروالۍ یو کارمند په دې برخه کې له تاسو سره مرسته وکړي؟",
    "ckb": "دەتانەوێت فەرمانبەرێکی شارەوانی لەم بارەیەوە یارمەتیتان بدات؟",
    "ti": "ሓደ ሰራሕተኛ ምምሕዳር ከተማ ኣብዚ ጉዳይ ክሕግዘኩም ትደልዩ ዶ?",
    "so": "Ma doonaysaa in shaqaale ka tirsan maamulka magaalada uu arrintan kaa caawiyo?",
    "am": "የከተማው አስተዳደር ሰራተኛ በዚህ ጉዳይ እንዲረዳዎ ይፈልጋሉ?",
}

# Before the links to further pages that scored as well as the quoted ones.
MORE_PAGES = {
    "de": "Weitere passende Seiten:",
    "en": "More pages that may fit (in German):",
    "uk": "Інші сторінки, які можуть підійти (німецькою):",
    "ru": "Другие страницы, которые могут подойти (на немецком):",
    "ar": "صفحات أخرى قد تناسبك (باللغة الألمانية):",
    "tr": "Uygun olabilecek diğer sayfalar (Almanca):",
    "fa": "صفحات دیگری که ممکن است مناسب باشند (به آلمانی):",
    "pl": "Inne strony, które mogą pasować (po niemiecku):",
    "ro": "Alte pagini care s-ar putea potrivi (în germană):",
    "fr": "Autres pages qui pourraient convenir (en allemand) :",
    "es": "Otras páginas que pueden servirle (en alemán):",
    "it": "Altre pagine che potrebbero essere utili (in tedesco):",
    "hr": "Ostale stranice koje bi mogle odgovarati (na njemačkom):",
    "el": "Άλλες σελίδες που ίσως σας ταιριάζουν (στα γερμανικά):",
    "bg": "Други страници, които може да са Ви полезни (на немски):",
    "cs": "Další stránky, které by se mohly hodit (v němčině):",
    "nl": "Andere pagina's die van pas kunnen komen (in het Duits):",
    "hu": "További oldalak, amelyek hasznosak lehetnek (németül):",
    "zh": "其他可能有用的页面（德语）：",
    "pt": "Outras páginas que podem ser úteis (em alemão):",
    "sq": "Faqe të tjera që mund t'ju duken të dobishme (në gjermanisht):",
    "vi": "Các trang khác có thể hữu ích (bằng tiếng Đức):",
    "ku": "Rûpelên din ên ku dibe ku bi kêrî we bên (bi almanî):",
    "ps": "نورې پاڼې چې کېدای شي ګټورې وي (په الماني ژبه):",
    "ckb": "پەڕەی تریش کە لەوانەیە بەسوود بن (بە زمانی ئەڵمانی):",
    "ti": "ካልኦት ጠቐምቲ ክኾኑ ዝኽእሉ ገጻት (ብጀርመንኛ):",
    "so": "Bogag kale oo laga yaabo inay ku anfacaan (af Jarmal):",
    "am": "ሊጠቅሙ የሚችሉ ሌሎች ገጾች (በጀርመንኛ):",
}


def phrase_language(language: str | None) -> str | None:
    """The language whose entries a per-language table gives `language` (Serbian and Bosnian:
    Croatian, language.SHARED_TEXTS)."""
    return SHARED_TEXTS.get(language, language) if language else language


def phrase(table: dict[str, str], language: str | None) -> str:
    language = phrase_language(language)
    if language in table:
        return table[language]
    return f"{table['de']} / {table['en']}"
