"""What rathaus answers to small talk, per language (smalltalk/__init__.py
chooses the reply; the help numbers for someone in a crisis are in
crisis_reply.py). Plain data; a municipal developer can extend it."""

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
    "ckb": "سڵاو! ئەمە خزمەتگوزاریی دیجیتاڵییە بۆ هاووڵاتیان – {town}. دەربارەی کاروبارەکانتان لەگەڵ ئیدارە "
           "پرسیارم لێ بکەن، بۆ نموونە: «چۆن داوای کارتی ناسنامە بکەم؟»",
    "ti": "ሰላም! እዚ ንነበርቲ ዝኸውን ዲጂታላዊ ኣገልግሎት እዩ – {town}። ብዛዕባ ምስ ምምሕዳር ዘለኩም ጉዳያት ሕተቱኒ፡ ንኣብነት: "
          "«ናይ መንነት ወረቐት ንምርካብ ብኸመይ ከመልክት እኽእል?»",
    "so": "Soo dhawoow! Kani waa adeegga dijitaalka ah ee dadweynaha – {town}. Wax iga weydii arrimahaaga la xiriira "
          "maamulka, tusaale ahaan: “Sideen u codsadaa kaarka aqoonsiga?”",
    "am": "ሰላም! ይህ የዲጂታል የነዋሪዎች አገልግሎት ነው – {town}። ከአስተዳደሩ ጋር ስላለዎት ጉዳይ ይጠይቁኝ፤ ለምሳሌ: "
          "«መታወቂያ ለማውጣት እንዴት ማመልከት እችላለሁ?»",
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
    "ckb": ("شایانی سوپاس نییە!", "ئەگەر پرسیاری ترتان هەیە، تەنها بیپرسن."),
    "ti": ("ብሓጎስ!", "ካልእ ሕቶ እንተሃልዩኩም፡ ጥራይ ሕተቱ።"),
    "so": ("Adigaa mudan!", "Haddii aad su'aal kale qabto, waad i weydiin kartaa."),
    "am": ("ምንም አይደለም!", "ሌላ ጥያቄ ካለዎት፣ እባክዎ ይጠይቁ።"),
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
    "ckb": "خواتان لەگەڵ! خزمەتگوزاریی دیجیتاڵی بۆ هاووڵاتیان شەو و ڕۆژ لە خزمەتتاندایە.",
    "ti": "ደሓን ኩኑ! ዲጂታላዊ ኣገልግሎት ነበርቲ ለይትን መዓልትን ንኣገልግሎትኩም ድሉው እዩ።",
    "so": "Nabad gelyo! Adeegga dijitaalka ah ee dadweynaha wuxuu kuu diyaar yahay habeen iyo maalin.",
    "am": "ደህና ይሁኑ! የዲጂታል የነዋሪዎች አገልግሎት ቀንና ሌሊት ለእርስዎ ዝግጁ ነው።",
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
    "ckb": "سوپاس بۆ پرسیارەکەتان! من بەرنامەیەکی کۆمپیوتەرم و هەمیشە لە خزمەتتاندام. چۆن دەتوانم "
           "یارمەتیتان بدەم؟",
    "ti": "ስለ ዝሓተትኩምኒ የቐንየለይ! ኣነ ናይ ኮምፒዩተር ፕሮግራም እየ፡ ኩሉ ግዜ ድማ ንኣገልግሎትኩም ድሉው እየ። ብኸመይ "
          "ክሕግዘኩም እኽእል?",
    "so": "Waad ku mahadsantahay weydiinta! Waxaan ahay barnaamij kombiyuutar, mar walbana waan kuu diyaar ahay. "
          "Sideen kuu caawin karaa?",
    "am": "ስለጠየቁኝ አመሰግናለሁ! እኔ የኮምፒውተር ፕሮግራም ነኝ፤ ሁልጊዜም ለእርስዎ ዝግጁ ነኝ። በምን ልረዳዎ እችላለሁ?",
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
    "ckb": "ببورن، ناتوانم ئەمە بکەم – من وەڵامی پرسیارەکان دەربارەی خزمەتگوزارییەکانی ئیدارە دەدەمەوە، "
           "بۆ نموونە: «چۆن ناونیشانی نیشتەجێبوونم تۆمار بکەم؟»",
    "ti": "ይቕሬታ፡ እዚ ክገብሮ ኣይክእልን እየ – ኣነ ብዛዕባ ኣገልግሎታት ምምሕዳር ንዝቐርቡ ሕቶታት እምልስ፡ ንኣብነት: "
          "«ኣድራሻይ ብኸመይ ከመዝግብ እኽእል?»",
    "so": "Waan ka xumahay, taas ma samayn karo – waxaan ka jawaabaa su'aalaha ku saabsan adeegyada maamulka, "
          "tusaale ahaan: “Sideen u diiwaangeliyaa cinwaankayga?”",
    "am": "ይቅርታ፣ ይህን ማድረግ አልችልም – እኔ ስለ አስተዳደሩ አገልግሎቶች ለሚቀርቡ ጥያቄዎች መልስ እሰጣለሁ፤ ለምሳሌ: "
          "«አድራሻዬን እንዴት ማስመዝገብ እችላለሁ?»",
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
    "ckb": "من بەرنامەیەکی کۆمپیوتەرم، مرۆڤ نیم: خزمەتگوزاریی دیجیتاڵی بۆ هاووڵاتیان – {town}. من تەنها "
           "بەپێی پەڕە و بەڵگەنامەکانی ئیدارە وەڵام دەدەمەوە و سەرچاوەکان نیشان دەدەم. ئەگەر دەتانەوێت لەگەڵ "
           "فەرمانبەرێک قسە بکەن، تەنها بینووسن.",
    "ti": "ኣነ ናይ ኮምፒዩተር ፕሮግራም እየ፡ ሰብ ኣይኮንኩን: ዲጂታላዊ ኣገልግሎት ነበርቲ – {town}። ካብ ገጻትን ሰነዳትን ምምሕዳር "
          "ጥራይ እምልስ፡ ምንጭታት ድማ የርኢ። ምስ ሰራሕተኛ ክትዛረቡ እንተ ደሊኹም፡ ጥራይ ጽሓፉ።",
    "so": "Waxaan ahay barnaamij kombiyuutar, ma ihi qof bini'aadam ah: adeegga dijitaalka ah ee dadweynaha – {town}. "
          "Waxaan ka jawaabaa oo keliya bogagga iyo dukumentiyada maamulka, waxaanan muujiyaa meelaha xogta laga "
          "soo qaatay. Haddii aad rabto inaad la hadasho shaqaale, kaliya ii qor.",
    "am": "እኔ የኮምፒውተር ፕሮግራም ነኝ እንጂ ሰው አይደለሁም: የዲጂታል የነዋሪዎች አገልግሎት – {town}። መልስ የምሰጠው "
          "ከአስተዳደሩ ድረ-ገጾችና ሰነዶች ብቻ ሲሆን ምንጮቹንም አሳያለሁ። ከሰራተኛ ጋር መነጋገር ከፈለጉ፣ ይህንኑ ብቻ ይጻፉ።",
}
